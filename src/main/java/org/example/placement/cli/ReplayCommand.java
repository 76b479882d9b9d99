package org.example.placement.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.example.placement.ledger.LoggedDecision;
import org.example.placement.ledger.AccessLog;
import org.example.placement.ledger.DecisionReplayer;
import org.example.placement.ledger.Replay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Replays one logged decision under its archived ruleset and reports identical or the
 * differences, or why it cannot be replayed (exit 1, as for a difference).
 */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = Version.class,
		exitCodeListHeading = ExitCodes.HEADING,
		exitCodeList = { " 0:the replayed decision is identical to the recorded one",
				" 1:it differs, or cannot be replayed", ExitCodes.USAGE_LINE, " 3:no decision with that id in the log",
				ExitCodes.ERROR_LINE },
		description = "Replay a logged decision under the ruleset it was made with; exit 0 when identical.")
final class ReplayCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", description = "the decision id")
	String decisionId;

	@Option(names = "--reader",
			description = "who is replaying, for the access log (default: cli:<operating-system user>)")
	String reader;

	@Mixin
	ServiceRules rules;

	@Override
	public Integer call() {
		try (Services services = rules.start()) {
			Optional<LoggedDecision> logged = services.logged(decisionId, spec.commandLine().getErr());
			if (logged.isEmpty()) {
				return ExitCodes.NOT_FOUND;
			}
			services.bean(AccessLog.class)
				.record(ExportCommand.reader(reader), AccessLog.Kind.REPLAY, List.of(decisionId));
			Replay r = services.bean(DecisionReplayer.class).replay(logged.get());
			if (!r.replayable()) {
				out().println("decision " + r.decisionId() + " under " + r.rulesetVersion() + ": not replayable: "
						+ r.reason());
				return 1;
			}
			out().println(
					"decision " + r.decisionId() + " under " + r.rulesetVersion() + ": identical: " + r.identical());
			r.differences()
				.forEach(d -> out()
					.println("  " + d.path() + ": recorded " + d.recorded() + ", replayed " + d.replayed()));
			return r.identical() ? 0 : 1;
		}
	}

	private PrintWriter out() {
		return spec.commandLine().getOut();
	}

}
