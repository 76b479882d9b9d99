package org.example.placement.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.scenario.ScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Evaluates one request under the current rules and under a proposed rules directory,
 * records nothing, and shows what would change: policy staff compare before and after a
 * change.
 */
@Command(name = "what-if", mixinStandardHelpOptions = true, versionProvider = Version.class,
		exitCodeListHeading = ExitCodes.HEADING,
		exitCodeList = { " 0:the comparison is printed (whether or not the ranking changes)",
				" 1:the proposed rules do not compile or validate", ExitCodes.USAGE_LINE, ExitCodes.ERROR_LINE },
		description = "Decide a request (JSON body or scenario YAML) under current and proposed rules and compare.")
final class WhatIfCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", description = "a request body (.json) or a scenario file (.yaml; its 'given' is used)")
	Path request;

	@Option(names = "--proposed", required = true, description = "the proposed rules directory")
	Path proposed;

	@Option(names = "--current", defaultValue = "rules",
			description = "the current rules directory (default: ${DEFAULT-VALUE})")
	Path current;

	@Override
	public Integer call() throws IOException {
		DecisionRequest given = ScenarioFiles.readRequest(request);
		DroolsRuleEngine proposedEngine = Services.compileOrReport(proposed, out());
		if (proposedEngine == null) {
			return 1;
		}
		try (Services services = Services.start(current)) {
			Decision before = services.decider().decide(given);
			Decision after = services.deciderFor(proposedEngine).decide(given);
			print("current ", before);
			print("proposed", after);
			compare(before, after);
		}
		return 0;
	}

	private void print(String label, Decision decision) {
		out().println(label + " " + decision.rulesetVersion() + ":");
		for (RankedCandidate c : decision.candidates()) {
			out().printf("  %-6s %-14s %-24s score %4d  %s%n", c.rank() == null ? "-" : "#" + c.rank(), c.ref(),
					c.tier(), c.score(), c.status());
		}
	}

	private void compare(Decision before, Decision after) {
		if (statuses(before).equals(statuses(after))) {
			out().println("No change in ranking.");
			return;
		}
		String top = before.topChoice().orElse("none");
		String newTop = after.topChoice().orElse("none");
		out().println(Objects.equals(top, newTop) ? "Same top choice (" + top + "), ranking changed."
				: "Top choice changes: " + top + " -> " + newTop + ".");
	}

	private static List<String> statuses(Decision decision) {
		return decision.candidates().stream().map(c -> c.ref() + "=" + c.status()).toList();
	}

	private PrintWriter out() {
		return spec.commandLine().getOut();
	}

}
