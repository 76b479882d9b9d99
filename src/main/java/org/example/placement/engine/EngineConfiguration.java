package org.example.placement.engine;

import java.time.Clock;

import org.example.placement.decision.RulesetGate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the rule engine from {@code placement.rules.*}, checked by the {@link RulesetGate} the
 * scenario module provides; the service does not start on a ruleset that does not compile, lacks
 * metadata or fails a scenario.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

	@Bean
	DroolsRuleEngine ruleEngine(EngineProperties properties, RulesetGate gate) {
		return new DroolsRuleEngine(properties.location(), properties.build(), Clock.systemUTC(), gate);
	}

	@Bean
	RulesWatcher rulesWatcher(DroolsRuleEngine engine, EngineProperties properties) {
		return new RulesWatcher(engine, properties.watchInterval());
	}

}
