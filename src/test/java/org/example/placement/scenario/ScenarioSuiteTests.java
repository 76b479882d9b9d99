package org.example.placement.scenario;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.example.placement.engine.ServingRuleset;
import org.example.placement.decision.PlacementDecider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every file under {@code test-scenarios/} as its own test, through the real use
 * case. The service's own scenario gate is off here: with it on, one failing scenario
 * would stop the context from starting, instead of being reported as itself.
 */
@Tag("rules")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "placement.scenarios.gate=false")
class ScenarioSuiteTests {

	static final Path SCENARIOS = Path.of("test-scenarios");

	@Autowired
	PlacementDecider decider;

	@Autowired
	ServingRuleset engine;

	@TestFactory
	Stream<DynamicTest> everyScenarioMatchesItsExpectation() {
		ScenarioRunner runner = new ScenarioRunner(decider);
		return ScenarioFiles.find(SCENARIOS).stream().map(file -> {
			Scenario scenario = ScenarioFiles.read(file);
			String name = SCENARIOS.relativize(file) + ": " + scenario.title();
			return DynamicTest.dynamicTest(name, file.toUri(), () -> {
				// an audit replay holds under the ruleset that made it; `replay <id>`
				// checks it under that one
				Assumptions.assumeTrue(
						scenario.source() == null
								|| scenario.source().rulesetVersion().equals(engine.current().version()),
						"recorded under another ruleset version");
				ScenarioRunner.Result result = runner.run(scenario);

				assertThat(result.passed()).as("%s%n%s", name, result.report()).isTrue();
			});
		});
	}

}
