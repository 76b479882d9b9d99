package org.example.placement.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.example.placement.ledger.ChainFault;
import org.example.placement.ledger.ChainReport;
import org.example.placement.ledger.DecisionLedger;
import org.example.placement.ledger.LogQuery;
import org.example.placement.ledger.DecisionReplayer;
import org.example.placement.ledger.Replay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ledger verify} walks the hash chain and names the first record altered, removed
 * or reordered; {@code ledger replay} replays every logged decision, carrying on past any
 * that cannot be replayed, and counts those identical, different and not replayable; it
 * exits 0 only when every one is identical.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true, versionProvider = Version.class,
		exitCodeListHeading = ExitCodes.HEADING,
		exitCodeList = { " 0:verify: the chain is intact; replay: every decision replays identically",
				" 1:verify: the chain is broken; replay: a decision differs or cannot be replayed",
				ExitCodes.USAGE_LINE, ExitCodes.ERROR_LINE },
		description = "Decision log tools: 'ledger verify' checks the hash chain; 'ledger replay' replays every decision.")
final class LedgerCommand implements Callable<Integer> {

	private static final int IDENTICAL = 0;

	private static final int DIFFERENT = 1;

	private static final int NOT_REPLAYABLE = 2;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", description = "verify | replay")
	String action;

	@Mixin
	ServiceRules rules;

	@Override
	public Integer call() {
		if ("replay".equals(action)) {
			return replayAll();
		}
		if (!"verify".equals(action)) {
			throw new ParameterException(spec.commandLine(),
					"Unknown action '" + action + "'; try 'ledger verify' or 'ledger replay'");
		}
		try (Services services = rules.start()) {
			ChainReport report = services.bean(DecisionLedger.class).verify();
			if (report.intact()) {
				out().println("Chain intact: " + report.checked() + " records verified"
						+ (report.tailWitnessed() ? "; its end matches the last record the service saw committed"
								: "; no chain witness file, so records lost from the end could not be detected"));
				return 0;
			}
			if (report.problem() == ChainFault.TRUNCATED) {
				out().println("Chain BROKEN after " + report.checked() + " records: TRUNCATED, the service saw record "
						+ report.firstBadSequence() + " or later committed, and the log no longer holds it as it was");
				return 1;
			}
			out().println("Chain BROKEN after " + report.checked() + " records: record " + report.firstBadSequence()
					+ (report.firstBadOutcomeId() == null ? " (decision " + report.firstBadDecisionId() + ") "
							: " (outcome " + report.firstBadOutcomeId() + " of decision " + report.firstBadDecisionId()
									+ ") ")
					+ report.problem());
			return 1;
		}
	}

	private int replayAll() {
		try (Services services = rules.start()) {
			DecisionReplayer replayer = services.bean(DecisionReplayer.class);
			long[] counts = new long[3];
			long started = System.nanoTime();
			services.bean(DecisionLedger.class).forEach(LogQuery.all(), logged -> {
				Replay replay = replayer.replay(logged);
				if (!replay.replayable()) {
					counts[NOT_REPLAYABLE]++;
					out().println("NOT REPLAYABLE " + logged.decisionId() + ": " + replay.reason());
				}
				else if (replay.identical()) {
					counts[IDENTICAL]++;
				}
				else {
					counts[DIFFERENT]++;
					out().println(
							"DIFFERS " + logged.decisionId() + ": " + replay.differences().size() + " differences");
				}
			});
			long total = counts[IDENTICAL] + counts[DIFFERENT] + counts[NOT_REPLAYABLE];
			double seconds = (System.nanoTime() - started) / 1e9;
			out().printf("Replayed %d decisions in %.1f s (%.0f/s): %d identical, %d differ, %d not replayable%n",
					total, seconds, total / Math.max(seconds, 1e-9), counts[IDENTICAL], counts[DIFFERENT],
					counts[NOT_REPLAYABLE]);
			return counts[IDENTICAL] == total ? 0 : 1;
		}
	}

	private PrintWriter out() {
		return spec.commandLine().getOut();
	}

}
