package org.example.placement.security;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may call what. Every endpoint needs a credential except health (with its liveness
 * and readiness groups) and the OpenAPI document; anything not listed here is refused
 * (deny by default). A credential is a bearer token: a JWT from the configured issuer
 * when {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or
 * {@code jwk-set-uri} is set, otherwise an API key ({@link ApiKeys}, or the generated
 * {@link LocalApiKey}). Roles are checked here by path; the responsible authority is
 * checked where it is known, in the controllers, through {@link ClientAccess}. Stateless:
 * no session, no cookie, so no CSRF to defend. The pages people read have a chain of
 * their own, tried first ({@link PageSecurityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableWebSecurity
public class SecurityConfiguration {

	static final String JWT_ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

	static final String JWT_KEYS = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

	private static final String DECISIONS = "/api/v1/placement-decisions";

	private static final String SUFFICIENCY_ASSESSMENTS = "/api/v1/sufficiency-assessments";

	/**
	 * Spring Security observes nothing itself: observing each of its filters, each
	 * authentication and each authorization took a few percent of every request's CPU
	 * (issue 12's profile) and told nothing {@code http.server.requests} and the
	 * service's own metrics (README "Operating it") do not.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(2)
	SecurityFilterChain placementSecurity(HttpSecurity http, Environment environment, SecurityProperties properties,
			ObjectProvider<OpaqueTokenIntrospector> apiKeys,
			@Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> resolvers) {
		ProblemResponses problems = new ProblemResponses(resolvers);
		boolean jwt = jwtConfigured(environment);
		if (jwt && !properties.clients().isEmpty()) {
			throw new IllegalStateException("Both a JWT issuer and placement.security.clients are configured: "
					+ "choose one way to authenticate clients");
		}
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.authorizeHttpRequests(SecurityConfiguration::authorize)
			.oauth2ResourceServer(server -> {
				if (jwt) {
					server.jwt(token -> token.jwtAuthenticationConverter(new JwtClients()));
				}
				else {
					server.opaqueToken(token -> token.introspector(apiKeys.getObject()));
				}
				server.authenticationEntryPoint(problems).accessDeniedHandler(problems);
			})
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	/**
	 * The roles by path; anything not listed is refused. Health and the OpenAPI document
	 * are open.
	 */
	static void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		overrides(requests);
		requests
			// an error already refused or answered upstream is rendered, not
			// authorised again
			.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/liveness",
					"/actuator/health/readiness")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			.requestMatchers(HttpMethod.POST, DECISIONS)
			.hasRole(Role.DECIDE.name())
			.requestMatchers(HttpMethod.GET, DECISIONS, DECISIONS + "/*", DECISIONS + "/*/outcome")
			.hasRole(Role.AUDIT.name())
			.requestMatchers(HttpMethod.POST, DECISIONS + "/*/replay")
			.hasRole(Role.AUDIT.name())
			.requestMatchers(HttpMethod.POST, DECISIONS + "/*/outcome")
			.hasRole(Role.DECIDE.name())
			.requestMatchers(HttpMethod.GET, "/api/v1/access-log", "/api/v1/sufficiency/unmet-need")
			.hasRole(Role.AUDIT.name())
			// the sufficiency duty reads the authority's whole return: the same
			// children's
			// records an auditor of its decisions reads
			.requestMatchers(HttpMethod.POST, SUFFICIENCY_ASSESSMENTS, SUFFICIENCY_ASSESSMENTS + "/*/replay")
			.hasRole(Role.AUDIT.name())
			.requestMatchers(HttpMethod.GET, SUFFICIENCY_ASSESSMENTS, SUFFICIENCY_ASSESSMENTS + "/*")
			.hasRole(Role.AUDIT.name());
		rules(requests);
		requests
			// a scraper's credential: metrics and build facts, no child's data
			.requestMatchers(HttpMethod.GET, "/actuator/prometheus", "/actuator/info")
			.hasRole(Role.OPERATE.name())
			.anyRequest()
			.denyAll();
	}

	/**
	 * The overrides report holds counts and rule ids, nothing of any child: for auditors,
	 * and for the policy staff who write the rules it compares with practice.
	 */
	private static void overrides(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/api/v1/overrides").hasAnyRole(Role.AUDIT.name(), Role.POLICY.name());
	}

	/**
	 * The rules, their archived versions, a diff between two and a version's impact:
	 * policy staff's (POLICY), as the reload is.
	 */
	private static void rules(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
			.requestMatchers(HttpMethod.GET, "/api/v1/rules", "/api/v1/rules/catalogue", "/api/v1/rulesets",
					"/api/v1/rulesets/current", "/api/v1/rulesets/diff", "/api/v1/rulesets/*/impact")
			.hasRole(Role.POLICY.name())
			.requestMatchers(HttpMethod.POST, "/api/v1/rulesets/reload")
			.hasRole(Role.POLICY.name());
	}

	/**
	 * API keys, only when no JWT issuer is configured; the local client when no client is
	 * either.
	 */
	@Bean
	@Conditional(NoJwtIssuer.class)
	OpaqueTokenIntrospector apiKeys(SecurityProperties properties) {
		Map<String, SecurityProperties.Client> clients = properties.clients().isEmpty()
				? LocalApiKey.client(properties.localKeyFile()) : properties.clients();
		return new ApiKeys(clients);
	}

	static boolean jwtConfigured(Environment environment) {
		return StringUtils.hasText(environment.getProperty(JWT_ISSUER))
				|| StringUtils.hasText(environment.getProperty(JWT_KEYS));
	}

	static final class NoJwtIssuer implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !jwtConfigured(context.getEnvironment());
		}

	}

}
