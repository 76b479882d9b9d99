package org.example.placement.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document declares both ways a client authenticates: an API key sent as a
 * bearer token, and an OAuth2 access token (JWT) from the client-credentials flow with
 * the {@code placement:*} scopes. Every operation needs one or the other.
 * {@code placement.security.token-url} names the issuer's token endpoint for the
 * document; by default it is {@code <issuer-uri>/oauth2/token}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/**
	 * The API docs describe a candidate as json.WireFormat sends it: its whereabouts'
	 * four values among its other values, not an object of their own.
	 */
	@Bean
	OpenApiCustomizer candidateWhereaboutsUnwrapped() {
		return (openApi) -> {
			Map<String, Schema> schemas = openApi.getComponents() == null ? null : openApi.getComponents().getSchemas();
			Schema<?> candidate = schemas == null ? null : schemas.get("Candidate");
			Schema<?> whereabouts = schemas == null ? null : schemas.get("Whereabouts");
			if (candidate == null || whereabouts == null || candidate.getProperties() == null) {
				return;
			}
			Map<String, Schema> properties = new LinkedHashMap<>();
			candidate.getProperties().forEach((name, schema) -> {
				if (name.equals("whereabouts")) {
					properties.putAll(whereabouts.getProperties());
				}
				else {
					properties.put(name, schema);
				}
			});
			candidate.setProperties(properties);
			schemas.remove("Whereabouts");
		};
	}

	static final String API_KEY = "apiKey";

	static final String OAUTH2 = "oauth2";

	@Bean
	OpenAPI placementOpenApi(@Value("${placement.security.token-url:}") String tokenUrl,
			@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer) {
		String token = !tokenUrl.isBlank() ? tokenUrl
				: issuer.isBlank() ? "/oauth2/token" : issuer.replaceAll("/+$", "") + "/oauth2/token";
		SecurityScheme apiKey = new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.description("An API key (placement.security.clients), sent as Authorization: Bearer <key>; "
					+ "its roles and authorities are configured with it");
		SecurityScheme oauth2 = new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
			.description("A JWT access token from the issuer (client credentials); the calling system is its "
					+ "azp/client_id and its authorities claim (ONS codes or [\"*\"]) limits the responsible "
					+ "authorities it may decide for and read")
			.flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl(token)
				.scopes(new Scopes().addString("placement:decide", "post decisions for its authorities")
					.addString("placement:audit", "read, list and replay decisions of its authorities")
					.addString("placement:policy", "reload the rules and read the rule catalogue")
					.addString("placement:operate",
							"read metrics (/actuator/prometheus) and build facts (/actuator/info)"))));
		return new OpenAPI().info(new Info().title("Placement decision service").version("v1"))
			.components(new Components().addSecuritySchemes(API_KEY, apiKey).addSecuritySchemes(OAUTH2, oauth2))
			.security(List.of(new SecurityRequirement().addList(API_KEY), new SecurityRequirement().addList(OAUTH2,
					List.of("placement:decide", "placement:audit", "placement:policy"))));
	}

}
