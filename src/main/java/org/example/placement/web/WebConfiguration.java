package org.example.placement.web;

import java.time.Clock;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans the HTTP adapter needs beyond Boot's defaults: the clock that supplies a missing
 * {@code asOf} (a bean, so tests can fix "today"), and the JSON reading rule that an absent
 * boolean means {@code false} while an explicit {@code null} is still rejected.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/** The wall clock; read only to default {@code asOf}, never by rules. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	JsonMapperBuilderCustomizer absentPrimitivesAreDefaults() {
		return builder -> builder.addHandler(new AbsentPrimitivesAsDefaults());
	}

}
