package org.example.placement.engine;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.example.placement.decision.RulesetGate;
import org.example.placement.decision.ServedRulesets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the rule engine from {@code placement.rules.*}, checked by the
 * {@link RulesetGate} the scenario module provides; the service does not start on a
 * ruleset that does not compile, lacks metadata or fails a scenario. The ruleset is built
 * while the rest of the service starts, and the service waits for it before it opens its
 * port.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

	/**
	 * The engine, its first ruleset compiled by {@link EarlyCompile} where the service's
	 * start began that compile for these rules, otherwise compiled now.
	 */
	@Bean
	DroolsRuleEngine ruleEngine(EngineProperties properties, RulesetGate gate, Clock clock,
			ObjectProvider<EarlyCompile.Started> early) {
		EarlyCompile.Started started = early.getIfAvailable();
		if (started != null && started.compiles(properties.location(), properties.build())) {
			return DroolsRuleEngine.building(properties.location(), properties.build(), clock, gate,
					(compiler) -> started.join());
		}
		return DroolsRuleEngine.building(properties.location(), properties.build(), clock, gate);
	}

	/**
	 * Once every bean is made, and before the web server opens its port, waits for the
	 * ruleset built in the background: a ruleset the gate rejects stops the start here,
	 * as it did when it was built first, and the service is never ready without one.
	 */
	/** The files of each ruleset that served, for the decision log's archive. */
	@Bean
	ServedRulesets servedRulesets(DroolsRuleEngine engine) {
		return engine.served();
	}

	@Bean
	SmartInitializingSingleton firstRulesetServes(DroolsRuleEngine engine, RulesetMeters meters) {
		return () -> {
			engine.awaitFirstRuleset();
			meters.started(engine.current());
		};
	}

	/** The ruleset meters (in a throwaway registry where Boot made none). */
	@Bean
	RulesetMeters rulesetMeters(DroolsRuleEngine engine, ObjectProvider<MeterRegistry> registry) {
		RulesetMeters meters = new RulesetMeters(registry.getIfAvailable(SimpleMeterRegistry::new));
		engine.observeReloads(meters);
		return meters;
	}

	@Bean
	InfoContributor rulesetInfo(DroolsRuleEngine engine) {
		return new RulesetInfo(engine);
	}

	@Bean
	RulesWatcher rulesWatcher(DroolsRuleEngine engine, EngineProperties properties) {
		return new RulesWatcher(engine, properties.watchInterval(), properties.settle());
	}

}
