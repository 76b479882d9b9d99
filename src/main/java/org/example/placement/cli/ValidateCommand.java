package org.example.placement.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.example.placement.decision.Geography;
import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetGate.Verdict;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.scenario.ScenarioGate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Checks a rules directory before it goes live: it compiles, every rule's metadata is
 * well formed, every scenario passes against it, and every rule has a scenario where it
 * fires and one where it does not. Exit 0 only when all of that holds. The scenario part
 * is the {@link ScenarioGate} the service asks before a ruleset serves, so the two cannot
 * disagree; unlike the service, {@code validate} insists on a scenario directory.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
		exitCodeListHeading = ExitCodes.HEADING,
		exitCodeList = { " 0:the rules compile with complete metadata, every scenario passes and every rule is covered",
				" 1:a rule does not compile or its metadata is incomplete, a scenario fails, a rule lacks coverage, or the scenario directory is missing",
				ExitCodes.USAGE_LINE, ExitCodes.ERROR_LINE },
		description = "Compile and check a rules directory and run every scenario against it.")
final class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", defaultValue = "rules", description = "rules directory (default: ${DEFAULT-VALUE})")
	Path rules;

	@Option(names = "--scenarios", defaultValue = "test-scenarios",
			description = "scenario directory (default: ${DEFAULT-VALUE})")
	Path scenarios;

	@Override
	public Integer call() {
		DroolsRuleEngine engine = Services.compileOrReport(rules, out());
		if (engine == null) {
			return 1;
		}
		Ruleset ruleset = engine.current();
		out().println("ok   " + rules + ": " + ruleset.rules().size() + " rules in " + ruleset.files().size()
				+ " files compile with complete metadata (" + ruleset.version() + ")");
		if (!Files.isDirectory(scenarios)) {
			out().println("FAIL " + scenarios + ": scenario directory not found");
			return 1;
		}
		Verdict verdict;
		try (Services services = Services.start(rules)) {
			verdict = new ScenarioGate(scenarios, services.bean(Geography.class)).check(engine.current(), engine);
		}
		verdict.problems().forEach(p -> out().println("FAIL " + p));
		out().println("Scenarios run: " + verdict.scenariosChecked());
		if (!verdict.passed()) {
			out().println("(`scenarios " + scenarios + " --rules " + rules
					+ "` shows every rule that fired in each failing scenario)");
		}
		out().println(verdict.passed() ? "PASS" : "FAIL: " + verdict.problems().size() + " problem(s)");
		return verdict.passed() ? 0 : 1;
	}

	private PrintWriter out() {
		return spec.commandLine().getOut();
	}

}
