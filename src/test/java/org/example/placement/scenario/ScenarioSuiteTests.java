package org.example.placement.scenario;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.example.placement.decision.PlacementDecider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every file under {@code test-scenarios/} as its own test, through the real use case. */
@Tag("rules")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ScenarioSuiteTests {

	static final Path SCENARIOS = Path.of("test-scenarios");

	@Autowired
	PlacementDecider decider;

	@TestFactory
	Stream<DynamicTest> everyScenarioMatchesItsExpectation() {
		ScenarioRunner runner = new ScenarioRunner(decider);
		return ScenarioFiles.find(SCENARIOS).stream().map(file -> {
			Scenario scenario = ScenarioFiles.read(file);
			String name = SCENARIOS.relativize(file) + ": " + scenario.title();
			return DynamicTest.dynamicTest(name, file.toUri(), () -> {
				ScenarioRunner.Result result = runner.run(scenario);

				assertThat(result.passed()).as("%s%n%s", name, result.report()).isTrue();
			});
		});
	}

}
