package org.example.placement.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.example.placement.scenario.JUnitXml;
import org.example.placement.scenario.ScenarioSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs scenarios only, against a rules directory, and writes a JUnit XML report. */
@Command(name = "scenarios", mixinStandardHelpOptions = true, versionProvider = Version.class,
		exitCodeListHeading = ExitCodes.HEADING,
		exitCodeList = { " 0:every scenario passes", " 1:a scenario fails, or the rules do not compile",
				ExitCodes.USAGE_LINE, ExitCodes.ERROR_LINE },
		description = "Run the scenarios against a rules directory and write JUnit XML.")
final class ScenariosCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", defaultValue = "test-scenarios",
			description = "scenario directory (default: ${DEFAULT-VALUE})")
	Path scenarios;

	@Mixin
	ServiceRules rules;

	@Option(names = "--junit", defaultValue = "target/scenario-reports/TEST-scenarios.xml",
			description = "JUnit XML report (default: ${DEFAULT-VALUE})")
	Path junit;

	@Override
	public Integer call() throws IOException {
		List<JUnitXml.Case> cases;
		try (Services services = rules.start()) {
			cases = ScenarioSuite.run(scenarios, services.decider());
		}
		int failures = report(cases);
		JUnitXml.write(junit, "scenarios", cases);
		out().println("JUnit XML: " + junit);
		return failures == 0 ? 0 : 1;
	}

	/**
	 * Prints one line per failure (with its report) and a total; returns the failure
	 * count.
	 */
	int report(List<JUnitXml.Case> cases) {
		int failures = 0;
		for (JUnitXml.Case c : cases) {
			if (c.failure() != null) {
				failures++;
				out().println("FAIL " + c.path() + ": " + c.title());
				out().print(c.failure());
			}
		}
		out().println("Scenarios run: " + cases.size() + "; failing: " + failures);
		return failures;
	}

	private PrintWriter out() {
		return spec.commandLine().getOut();
	}

}
