package org.example.placement.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.example.placement.ledger.DecisionReplayer;
import org.example.placement.ledger.Replay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Replays one logged decision under its archived ruleset and reports identical or the differences,
 * or why it cannot be replayed (exit 1, as for a difference).
 */
@Command(name = "replay", description = "Replay a logged decision under the ruleset it was made with; exit 0 when identical.")
final class ReplayCommand implements Callable<Integer> {

	@Parameters(index = "0", description = "the decision id")
	String decisionId;

	@Mixin
	ServiceRules rules;

	@Override
	public Integer call() {
		try (Services services = rules.start()) {
			Optional<Replay> replay = services.bean(DecisionReplayer.class).replay(decisionId);
			if (replay.isEmpty()) {
				System.out.println("No decision " + decisionId + " in the log");
				return 2;
			}
			Replay r = replay.get();
			if (!r.replayable()) {
				System.out.println("decision " + r.decisionId() + " under " + r.rulesetVersion() + ": not replayable: " + r.reason());
				return 1;
			}
			System.out.println("decision " + r.decisionId() + " under " + r.rulesetVersion() + ": identical: " + r.identical());
			r.differences().forEach(d -> System.out.println("  " + d.path() + ": recorded " + d.recorded() + ", replayed " + d.replayed()));
			return r.identical() ? 0 : 1;
		}
	}

}
