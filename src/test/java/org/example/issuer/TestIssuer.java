package org.example.issuer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * A real OAuth2 authorization server for the tests (Spring Authorization Server through
 * Boot's auto-configuration) issuing client-credentials JWTs. Each client, registered
 * with the secret {@code secret-<client id>}, gets its scopes, its {@code client_id} and
 * an {@code authorities} claim naming the responsible authorities it may act for. Outside
 * {@code org.example.placement}, so neither the service's component scan nor a test's
 * search for its configuration finds it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration" })
public class TestIssuer {

	static final String AUTHORITIES = "authorities";

	/** Starts on a free port; {@code local.server.port} in its environment says which. */
	public static ConfigurableApplicationContext start(Map<String, List<String>> scopes,
			Map<String, List<String>> authorities) {
		List<String> properties = new ArrayList<>(
				List.of("server.port=0", "spring.main.banner-mode=off", "spring.config.name=test-issuer",
						"springdoc.api-docs.enabled=false", "springdoc.swagger-ui.enabled=false"));
		scopes.forEach((client, granted) -> {
			String registration = "spring.security.oauth2.authorizationserver.client." + client + ".registration.";
			properties.add(registration + "client-id=" + client);
			properties.add(registration + "client-secret={noop}secret-" + client);
			properties.add(registration + "client-authentication-methods=client_secret_basic");
			properties.add(registration + "authorization-grant-types=client_credentials");
			properties.add(registration + "scopes=" + String.join(",", granted));
		});
		authorities.forEach(
				(client, codes) -> properties.add("test-issuer.authorities." + client + "=" + String.join(",", codes)));
		return new SpringApplicationBuilder(TestIssuer.class).properties(properties.toArray(String[]::new)).run();
	}

	/**
	 * The client's responsible authorities as the {@code authorities} claim of its access
	 * tokens.
	 */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> authoritiesClaim(Environment environment) {
		return context -> {
			if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				String codes = environment
					.getProperty("test-issuer.authorities." + context.getRegisteredClient().getClientId(), "");
				context.getClaims().claim(AUTHORITIES, List.of(codes.split(",")));
				// RFC 9068 (JWT profile for access tokens) requires client_id; Spring's
				// issuer leaves it out
				context.getClaims().claim("client_id", context.getRegisteredClient().getClientId());
			}
		};
	}

}
