package org.example.placement.web;

import java.time.Clock;

import org.example.placement.json.StrictJson;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans the HTTP adapter needs beyond Boot's defaults: the clock that supplies a missing
 * {@code asOf} (a bean, so tests can fix "today"), and Boot's JSON mapper made as strict as
 * {@link StrictJson} says, the same rules the scenario and decision log readers follow.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/** The wall clock; read only to default {@code asOf}, never by rules. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return StrictJson::configure;
	}

}
