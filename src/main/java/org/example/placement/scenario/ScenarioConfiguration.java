package org.example.placement.scenario;

import org.example.placement.decision.DeferredGateVerdicts;
import org.example.placement.decision.Geography;
import org.example.placement.decision.RulesetGate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the rule engine's gate ({@code placement.scenarios.*}): the engine sees only
 * the port; and the scenarios' coverage of each rule, for the rule pages.
 */
@Configuration(proxyBeanMethods = false)
class ScenarioConfiguration {

	/**
	 * The scenarios, reusing a pass recorded for exactly the same inputs unless
	 * {@code placement.scenarios.reuse-verdicts=false}: the pass the build recorded in
	 * the jar ({@link PackagedVerdict}), or the record, read once the decision log's
	 * database has started ({@link DeferredGateVerdicts}).
	 */
	@Bean
	RulesetGate rulesetGate(ScenarioProperties properties, Geography geography, DeferredGateVerdicts verdicts,
			@Value("${placement.rules.build:MVEL}") String rulesBuild,
			@Value("${placement.geo.adjacency-overrides:}") String adjacencyOverrides) {
		if (!properties.gate()) {
			return RulesetGate.NONE;
		}
		ScenarioGate gate = new ScenarioGate(properties.location(), geography);
		if (!properties.reuseVerdicts()) {
			return gate;
		}
		return KnownVerdicts.of(gate, properties.location(), verdicts, ScenarioConfiguration.class.getClassLoader(),
				rulesBuild, adjacencyOverrides);
	}

	/**
	 * Where the gate asks for recorded verdicts: the decision log provides it once its
	 * database is migrated.
	 */
	@Bean
	DeferredGateVerdicts gateVerdicts() {
		return new DeferredGateVerdicts();
	}

	/** Which scenarios cover each rule, for the rule pages. */
	@Bean
	ScenarioCoverage scenarioCoverage(ScenarioProperties properties) {
		return new ScenarioCoverage(properties.location());
	}

}
