package org.example.placement.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The pages people read ({@code /decisions}, {@code /rules}, {@code /sufficiency},
 * {@code /overrides}), guarded as the API is and by the same roles, in a filter chain of
 * their own so the API stays stateless. A script sends the same bearer credential as to
 * the API (an API key or a JWT; a bad one is a 401 problem); a person signs in in the
 * browser: with API keys (configured, or the generated local one) through the form at
 * {@value #SIGN_IN}, which takes the key; with an issuer configured through OIDC login
 * ({@code spring.security.oauth2.client.registration.*}). Either starts a session (its
 * cookie HttpOnly, its id changed at sign-in), so forms carry a CSRF token; a request
 * with a bearer credential needs none and starts no session. A person not signed in is
 * sent to the sign-in page; one without the role gets 403.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PageSecurityConfiguration {

	public static final String SIGN_IN = "/sign-in";

	public static final String SIGN_OUT = "/sign-out";

	/** Every path this chain guards; anything else is the API's. */
	static final String[] PATHS = { "/", "/decisions", "/decisions/**", "/rules", "/rules/**", "/sufficiency",
			"/sufficiency/**", "/overrides", "/overrides/**", SIGN_IN, SIGN_OUT, "/css/**", "/oauth2/**",
			"/login/oauth2/**" };

	@Bean
	@Order(1)
	SecurityFilterChain pageSecurity(HttpSecurity http, Environment environment,
			ObjectProvider<OpaqueTokenIntrospector> apiKeys, ObjectProvider<ClientRegistrationRepository> registrations,
			@Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> resolvers) {
		ProblemResponses problems = new ProblemResponses(resolvers);
		boolean jwt = SecurityConfiguration.jwtConfigured(environment);
		RequestMatcher script = PageSecurityConfiguration::script;
		http.securityMatcher(PATHS)
			.csrf(csrf -> csrf.ignoringRequestMatchers(PageSecurityConfiguration::bearer))
			.httpBasic(basic -> basic.disable())
			.authorizeHttpRequests(PageSecurityConfiguration::authorize)
			.oauth2ResourceServer(server -> {
				if (jwt) {
					server.jwt(token -> token.jwtAuthenticationConverter(new JwtClients()));
				}
				else {
					server.opaqueToken(token -> token.introspector(apiKeys.getObject()));
				}
				server.authenticationEntryPoint(problems);
			})
			.logout(logout -> logout.logoutUrl(SIGN_OUT).logoutSuccessUrl(SIGN_IN + "?signed-out"))
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(problems, script)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(SIGN_IN), request -> true));
		if (!jwt) {
			http.authenticationProvider(new ApiKeySignIn(apiKeys.getObject()))
				.formLogin(form -> form.loginPage(SIGN_IN)
					.passwordParameter("key")
					.defaultSuccessUrl("/decisions")
					.failureUrl(SIGN_IN + "?error"));
		}
		ClientRegistrationRepository people = registrations.getIfAvailable();
		if (people != null) {
			http.oauth2Login(login -> login.loginPage(SIGN_IN)
				.defaultSuccessUrl("/decisions")
				.failureUrl(SIGN_IN + "?error")
				.userInfoEndpoint(info -> info.userAuthoritiesMapper(new OidcPeople())));
		}
		return http.build();
	}

	/**
	 * The roles by path, as for the API: the log and a decision need AUDIT, the rules
	 * POLICY, the sufficiency report AUDIT, the overrides report AUDIT or POLICY, and
	 * recording a decision's outcome (its form and its post) DECIDE.
	 */
	static void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, SIGN_IN, "/css/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, SIGN_IN)
			.permitAll()
			.requestMatchers("/decisions/*/outcome")
			.hasRole(Role.DECIDE.name())
			.requestMatchers("/decisions", "/decisions/**", "/sufficiency", "/sufficiency/**")
			.hasRole(Role.AUDIT.name())
			.requestMatchers("/rules", "/rules/**")
			.hasRole(Role.POLICY.name())
			.requestMatchers("/overrides", "/overrides/**")
			.hasAnyRole(Role.AUDIT.name(), Role.POLICY.name())
			.requestMatchers("/oauth2/**", "/login/oauth2/**")
			.permitAll()
			.anyRequest()
			.authenticated();
	}

	/** A request that carries a credential of its own, as a script's does. */
	static boolean bearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	/**
	 * A caller that is not a browser (it sends a credential, or does not ask for HTML):
	 * told 401, not sent to the sign-in page.
	 */
	static boolean script(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return bearer(request) || accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE);
	}

}
