package org.example.placement.sufficiency;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.example.placement.decision.PlacementDecider;
import org.example.placement.scenario.ScenarioFiles;
import org.example.placement.scenario.SufficiencyScenarioRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per sufficiency scenario
 * ({@code test-scenarios/**}{@code /sufficiency/*.yaml}): the rules that must fire and
 * must not, for each subject, and the report's figures as the scenario's comments work
 * them out by hand.
 */
@Tag("rules")
class SufficiencyScenarioTests {

	private static final Path SCENARIOS = Path.of("test-scenarios");

	private static final SufficiencyScenarioRunner RUNNER = new SufficiencyScenarioRunner(Assessors.ENGINE,
			new PlacementDecider(Assessors.ENGINE, Assessors.GEOGRAPHY), Assessors.GEOGRAPHY);

	@TestFactory
	Stream<DynamicTest> everySufficiencyScenario() {
		return ScenarioFiles.findSufficiency(SCENARIOS)
			.stream()
			.map(file -> DynamicTest.dynamicTest(SCENARIOS.relativize(file) + ": " + title(file), () -> run(file)));
	}

	private static String title(Path file) {
		return ScenarioFiles.readSufficiency(file).title();
	}

	private static void run(Path file) {
		SufficiencyScenarioRunner.Result result = RUNNER.run(file);

		assertThat(result.failures()).as("rules that did not fire as expected, and report fields that differ")
			.isEmpty();
	}

}
