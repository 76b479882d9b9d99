package org.example.placement.scenario;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.example.placement.decision.RuleDefinition;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.scenario.Expectation.RuleOnCandidate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule needs a scenario where it fires and one where it does not (the gatekeeper
 * allowed/disallowed pairing), so the build fails when a rule lacks either.
 */
@Tag("rules")
class RuleCoverageTests {

	@Test
	void everyRuleHasAFiresAndADoesNotFireScenario() {
		List<RuleDefinition> rules = new DroolsRuleEngine(Path.of("rules"), BuildMode.MVEL, Clock.systemUTC())
			.current()
			.rules();
		Set<String> fires = new TreeSet<>();
		Set<String> doesNotFire = new TreeSet<>();
		for (Path file : ScenarioFiles.find(Path.of("test-scenarios"))) {
			Expectation expect = ScenarioFiles.read(file).expect();
			if (expect != null) {
				expect.fired().stream().map(RuleOnCandidate::rule).forEach(fires::add);
				expect.notFired().stream().map(RuleOnCandidate::rule).forEach(doesNotFire::add);
			}
		}

		List<String> ids = rules.stream().map(RuleDefinition::id).toList();

		assertThat(ids.stream().filter(id -> !fires.contains(id)))
			.as("rules without a scenario where they fire (expect.fired)")
			.isEmpty();
		assertThat(ids.stream().filter(id -> !doesNotFire.contains(id)))
			.as("rules without a scenario where they do not fire (expect.notFired)")
			.isEmpty();
	}

}
