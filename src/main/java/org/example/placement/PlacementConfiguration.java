package org.example.placement;

import java.time.Clock;

import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.Geography;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.RecordingDecider;
import org.example.placement.decision.RuleEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Composes the core with its adapters, so the core ({@code decision}) needs no framework:
 * the use case over the serving rule engine and the geography, the service that records
 * what it decides, and the application's one {@link Clock}.
 */
@Configuration(proxyBeanMethods = false)
class PlacementConfiguration {

	/**
	 * The wall clock, the only one in the product: it stamps records and loaded rulesets
	 * and defaults {@code asOf}, never read by rules. A bean, so tests can fix "now".
	 */
	@Bean
	Clock clock() {
		return PlacementApplication.WALL_CLOCK;
	}

	@Bean
	PlacementDecider placementDecider(RuleEngine engine, Geography geography) {
		return new PlacementDecider(engine, geography);
	}

	@Bean
	RecordingDecider recordingDecider(PlacementDecider decider, DecisionLog log) {
		return new RecordingDecider(decider, log);
	}

}
