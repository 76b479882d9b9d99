package org.example.placement.web;

import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.DispatcherType;
import org.example.placement.geography.Authorities;
import org.example.placement.json.StrictJson;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Beans the HTTP adapter needs beyond Boot's defaults: Boot's JSON mapper made as strict
 * as {@link StrictJson} says (the same rules the scenario and decision log readers
 * follow), the correlation id of each request ({@link CorrelationId}), the permits for
 * large requests ({@link LargeRequestPermits}) and the request body size limit
 * ({@link RequestSizeLimit}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class WebConfiguration {

	/**
	 * The {@code logback.events} meter, counted by an appender ({@link LogEventMeter}) in
	 * place of Micrometer's turbo filter, which logback asked at every level check
	 * (Boot's binder is excluded in {@code PlacementApplication}).
	 */
	@Bean
	LogEventMeter logEventMeter() {
		return new LogEventMeter((LoggerContext) LoggerFactory.getILoggerFactory());
	}

	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return StrictJson::configure;
	}

	/**
	 * The service's validator matches a {@code @Pattern} value before anything else
	 * ({@link PatternMatchedFirst}): the same answers and problems, without preparing a
	 * failure's message for every valid value.
	 */
	@Bean
	ValidationConfigurationCustomizer patternsMatchedFirst() {
		return PatternMatchedFirst::register;
	}

	/**
	 * The correlation id ({@link CorrelationId}) first, ahead of Spring Security, so
	 * every log line and every response of a request carries it, refused credentials
	 * included.
	 */
	@Bean
	FilterRegistrationBean<CorrelationId> correlationId() {
		FilterRegistrationBean<CorrelationId> registration = new FilterRegistrationBean<>(new CorrelationId());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/**
	 * The body size limit, just after Spring Security (so an unauthenticated client gets
	 * its 401 without the service reading, let alone buffering, its body) and the permits
	 * for large requests, and ahead of everything that might read a body.
	 */
	@Bean
	FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(ApiProperties properties,
			@Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> problems) {
		FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit(
				properties.maxRequestBytes().toBytes(), properties.maxAssessmentBytes().toBytes(), problems));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
		return registration;
	}

	/** The permits for large work at once ({@link LargeWork}). */
	@Bean
	LargeWork largeWork(ApiProperties properties) {
		return new LargeWork(properties.largeRequestBytes().toBytes(), properties.largeRequestsAtOnce(),
				properties.largeRequestWait());
	}

	/**
	 * The permits for large requests, after Spring Security and before the size limit
	 * reads the body ({@link LargeRequestPermits}).
	 */
	@Bean
	FilterRegistrationBean<LargeRequestPermits> largeRequestPermits(LargeWork large,
			@Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> problems) {
		FilterRegistrationBean<LargeRequestPermits> registration = new FilterRegistrationBean<>(
				new LargeRequestPermits(large, problems));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	/**
	 * Decision meters, just before Spring Security so they see its refusals too;
	 * authorities are tagged only when the geography holds them (a web slice without one
	 * tags none).
	 */
	@Bean
	FilterRegistrationBean<DecisionMeters> decisionMeters(ObjectProvider<MeterRegistry> registry,
			ObjectProvider<Authorities> geography) {
		Authorities known = geography.getIfAvailable();
		FilterRegistrationBean<DecisionMeters> registration = new FilterRegistrationBean<>(new DecisionMeters(
				registry.getIfAvailable(SimpleMeterRegistry::new), known == null ? code -> false : known::isAuthority));
		registration.addUrlPatterns(DecisionController.DECISIONS);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

}
