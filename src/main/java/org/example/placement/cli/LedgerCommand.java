package org.example.placement.cli;

import java.util.concurrent.Callable;

import org.example.placement.decision.ChainReport;
import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.LogQuery;
import org.example.placement.ledger.DecisionReplayer;
import org.example.placement.ledger.Replay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code ledger verify} walks the hash chain and names the first record altered, removed or
 * reordered; {@code ledger replay} replays every logged decision, carrying on past any that cannot
 * be replayed, and counts those identical, different and not replayable; it exits 0 only when
 * every one is identical.
 */
@Command(name = "ledger", description = "Decision log tools: 'ledger verify' checks the hash chain; 'ledger replay' replays every decision.")
final class LedgerCommand implements Callable<Integer> {

	private static final int IDENTICAL = 0;

	private static final int DIFFERENT = 1;

	private static final int NOT_REPLAYABLE = 2;

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
			System.out.println("Unknown action '" + action + "'; try 'ledger verify' or 'ledger replay'");
			return 2;
		}
		try (Services services = rules.start()) {
			ChainReport report = services.bean(DecisionLog.class).verify();
			if (report.intact()) {
				System.out.println("Chain intact: " + report.checked() + " records verified"
						+ (report.tailWitnessed() ? "; its end matches the last record the service saw committed"
								: "; no chain witness file, so records lost from the end could not be detected"));
				return 0;
			}
			if ("TRUNCATED".equals(report.problem())) {
				System.out.println("Chain BROKEN after " + report.checked() + " records: TRUNCATED, the service saw record "
						+ report.firstBadSequence() + " or later committed, and the log no longer holds it as it was");
				return 1;
			}
			System.out.println("Chain BROKEN after " + report.checked() + " records: record " + report.firstBadSequence()
					+ " (decision " + report.firstBadDecisionId() + ") " + report.problem());
			return 1;
		}
	}

	private int replayAll() {
		try (Services services = rules.start()) {
			DecisionReplayer replayer = services.bean(DecisionReplayer.class);
			long[] counts = new long[3];
			long started = System.nanoTime();
			services.bean(DecisionLog.class).forEach(LogQuery.all(), logged -> {
				Replay replay = replayer.replay(logged);
				if (!replay.replayable()) {
					counts[NOT_REPLAYABLE]++;
					System.out.println("NOT REPLAYABLE " + logged.decisionId() + ": " + replay.reason());
				}
				else if (replay.identical()) {
					counts[IDENTICAL]++;
				}
				else {
					counts[DIFFERENT]++;
					System.out.println("DIFFERS " + logged.decisionId() + ": " + replay.differences().size() + " differences");
				}
			});
			long total = counts[IDENTICAL] + counts[DIFFERENT] + counts[NOT_REPLAYABLE];
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("Replayed %d decisions in %.1f s (%.0f/s): %d identical, %d differ, %d not replayable%n",
					total, seconds, total / Math.max(seconds, 1e-9), counts[IDENTICAL], counts[DIFFERENT],
					counts[NOT_REPLAYABLE]);
			return counts[IDENTICAL] == total ? 0 : 1;
		}
	}

}
