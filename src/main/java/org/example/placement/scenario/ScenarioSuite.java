package org.example.placement.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.example.placement.decision.PlacementDecider;

/**
 * Runs every scenario under a directory through one decider (and the sufficiency
 * scenarios through one ruleset's duty rules), for the CLI, CI reports and the ruleset
 * gate.
 */
public final class ScenarioSuite {

	private ScenarioSuite() {
	}

	/**
	 * One JUnit case per file, in path order; a file that cannot be read or decided is a
	 * failure too.
	 */
	public static List<JUnitXml.Case> run(Path root, PlacementDecider decider) {
		return outcomes(root, decider).stream().map(Outcome::asCase).toList();
	}

	/**
	 * One outcome per file, in path order; a file that cannot be read or decided is a
	 * failure too.
	 */
	public static List<Outcome> outcomes(Path root, PlacementDecider decider) {
		ScenarioRunner runner = new ScenarioRunner(decider);
		List<Outcome> outcomes = new ArrayList<>();
		for (Path file : ScenarioFiles.find(root)) {
			String path = root.relativize(file).toString().replace('\\', '/');
			try {
				Scenario scenario = ScenarioFiles.read(file);
				ScenarioRunner.Result result = runner.run(scenario);
				outcomes.add(new Outcome(path, scenario.title(), result.failures(),
						result.passed() ? null : result.report()));
			}
			catch (RuntimeException ex) {
				String failure = ex.getClass().getSimpleName() + ": " + ex.getMessage();
				outcomes.add(new Outcome(path, "(unreadable)", List.of(failure), failure));
			}
		}
		return outcomes;
	}

	/**
	 * One outcome per sufficiency scenario ({@code sufficiency} folders), in path order,
	 * run through the duty rules and placement engine of one ruleset; a file that cannot
	 * be read or assessed is a failure too.
	 */
	public static List<Outcome> sufficiencyOutcomes(Path root, SufficiencyScenarioRunner runner) {
		List<Outcome> outcomes = new ArrayList<>();
		for (Path file : ScenarioFiles.findSufficiency(root)) {
			String path = root.relativize(file).toString().replace('\\', '/');
			try {
				String title = ScenarioFiles.readSufficiency(file).title();
				List<String> failures = runner.run(file).failures();
				outcomes
					.add(new Outcome(path, title, failures, failures.isEmpty() ? null : String.join("\n", failures)));
			}
			catch (RuntimeException ex) {
				String failure = ex.getClass().getSimpleName() + ": " + ex.getMessage();
				outcomes.add(new Outcome(path, "(unreadable)", List.of(failure), failure));
			}
		}
		return outcomes;
	}

	/**
	 * One scenario file's outcome: its path relative to the scenario directory, its
	 * title, what did not match (empty when it passed) and, when it failed, the full
	 * report with every rule that fired.
	 */
	public record Outcome(String path, String title, List<String> failures, String report) {

		public Outcome {
			failures = List.copyOf(failures);
		}

		public boolean passed() {
			return failures.isEmpty();
		}

		JUnitXml.Case asCase() {
			return new JUnitXml.Case(path, title, passed() ? null : report);
		}

	}

}
