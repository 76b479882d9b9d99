package org.example.placement.engine;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the rule engine from {@code placement.rules.*}; the service does not start on a bad ruleset. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

	@Bean
	DroolsRuleEngine ruleEngine(EngineProperties properties) {
		return new DroolsRuleEngine(properties.location(), properties.build(), Clock.systemUTC());
	}

	@Bean
	RulesWatcher rulesWatcher(DroolsRuleEngine engine, EngineProperties properties) {
		return new RulesWatcher(engine, properties.watchInterval());
	}

}
