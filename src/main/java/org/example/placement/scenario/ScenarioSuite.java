package org.example.placement.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.example.placement.decision.PlacementDecider;

/** Runs every scenario under a directory through one decider, for the CLI and CI reports. */
public final class ScenarioSuite {

	private ScenarioSuite() {
	}

	/** One result per file, in path order; a file that cannot be read or decided is a failure too. */
	public static List<JUnitXml.Case> run(Path root, PlacementDecider decider) {
		ScenarioRunner runner = new ScenarioRunner(decider);
		List<JUnitXml.Case> cases = new ArrayList<>();
		for (Path file : ScenarioFiles.find(root)) {
			String path = root.relativize(file).toString().replace('\\', '/');
			try {
				Scenario scenario = ScenarioFiles.read(file);
				ScenarioRunner.Result result = runner.run(scenario);
				cases.add(new JUnitXml.Case(path, scenario.title(), result.passed() ? null : result.report()));
			}
			catch (RuntimeException ex) {
				cases.add(new JUnitXml.Case(path, "(unreadable)", ex.getClass().getSimpleName() + ": " + ex.getMessage()));
			}
		}
		return cases;
	}

}
