package org.example.placement.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.example.placement.decision.Ruleset;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.scenario.Coverage;
import org.example.placement.scenario.JUnitXml;
import org.example.placement.scenario.ScenarioSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Checks a rules directory before it goes live: it compiles, every rule's metadata is well
 * formed, every scenario passes against it, and every rule has a scenario where it fires and
 * one where it does not. Exit 0 only when all of that holds.
 */
@Command(name = "validate", description = "Compile and check a rules directory and run every scenario against it.")
final class ValidateCommand implements Callable<Integer> {

	@Parameters(index = "0", defaultValue = "rules", description = "rules directory (default: ${DEFAULT-VALUE})")
	Path rules;

	@Option(names = "--scenarios", defaultValue = "test-scenarios", description = "scenario directory (default: ${DEFAULT-VALUE})")
	Path scenarios;

	@Override
	public Integer call() {
		DroolsRuleEngine engine = Services.compileOrReport(rules);
		if (engine == null) {
			return 1;
		}
		Ruleset ruleset = engine.current();
		System.out.println("ok   " + rules + ": " + ruleset.rules().size() + " rules in " + ruleset.files().size()
				+ " files compile with complete metadata (" + ruleset.version() + ")");
		int failures = 0;
		try (Services services = Services.start(rules)) {
			List<JUnitXml.Case> cases = ScenarioSuite.run(scenarios, services.decider());
			failures += ScenariosCommand.report(cases);
		}
		Coverage coverage = Coverage.of(scenarios);
		failures += missing("no scenario where it fires", coverage.withoutFires(ruleset.rules()));
		failures += missing("no scenario where it does not fire", coverage.withoutDoesNotFire(ruleset.rules()));
		System.out.println(failures == 0 ? "PASS" : "FAIL: " + failures + " problem(s)");
		return failures == 0 ? 0 : 1;
	}

	private static int missing(String what, List<String> ids) {
		ids.forEach(id -> System.out.println("FAIL rule " + id + ": " + what));
		return ids.size();
	}

}
