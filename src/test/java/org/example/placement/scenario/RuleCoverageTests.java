package org.example.placement.scenario;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.example.placement.decision.RuleDefinition;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
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
		List<RuleDefinition> rules = new DroolsRuleEngine(Path.of("rules"), BuildMode.MVEL, Clock.systemUTC()).current()
			.rules();

		Coverage coverage = Coverage.of(Path.of("test-scenarios"));

		assertThat(coverage.withoutFires(rules)).as("rules without a scenario where they fire (expect.fired)")
			.isEmpty();
		assertThat(coverage.withoutDoesNotFire(rules))
			.as("rules without a scenario where they do not fire (expect.notFired)")
			.isEmpty();
	}

}
