package org.example.placement.scenario;

import org.example.placement.decision.Geography;
import org.example.placement.decision.RulesetGate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the rule engine's gate ({@code placement.scenarios.*}): the engine sees only
 * the port; and the scenarios' coverage of each rule, for the rule pages.
 */
@Configuration(proxyBeanMethods = false)
class ScenarioConfiguration {

	@Bean
	RulesetGate rulesetGate(ScenarioProperties properties, Geography geography) {
		return properties.gate() ? new ScenarioGate(properties.location(), geography) : RulesetGate.NONE;
	}

	/** Which scenarios cover each rule, for the rule pages. */
	@Bean
	ScenarioCoverage scenarioCoverage(ScenarioProperties properties) {
		return new ScenarioCoverage(properties.location());
	}

}
