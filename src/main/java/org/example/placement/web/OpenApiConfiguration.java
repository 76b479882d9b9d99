package org.example.placement.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.OAuthFlow;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The OpenAPI document is written first ({@value #CONTRACT}, design-first: see README
 * "The OpenAPI contract") and served as written at {@code /v3/api-docs} and in Swagger
 * UI: springdoc serves it in place of what it would infer from the controllers, with two
 * facts of this deployment filled in: {@code info.version} becomes the build version, and
 * the OAuth2 token URL becomes {@code placement.security.token-url} (by default
 * {@code <issuer-uri>/oauth2/token}). Both ways a client authenticates are declared
 * there: an API key sent as a bearer token, and an OAuth2 access token (JWT) from the
 * client-credentials flow with the {@code placement:*} scopes.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String CONTRACT = "openapi/placement-api.yaml";

	static final String OAUTH2 = "oauth2";

	/**
	 * What springdoc inferred from the controllers gives way to the contract as written;
	 * {@code OpenApiContractTests} checks that the two describe the same operations. The
	 * contract is read here, when the document is first asked for, not at start-up: as an
	 * {@code OpenAPI} bean, springdoc took it (parsed, with the swagger model's classes
	 * loaded) while the context started, on the start's critical path (issue 12).
	 */
	@Bean
	OpenApiCustomizer servedAsWritten(@Value("${placement.security.token-url:}") String tokenUrl,
			@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer,
			ObjectProvider<BuildProperties> build) {
		String token = !tokenUrl.isBlank() ? tokenUrl
				: issuer.isBlank() ? "/oauth2/token" : issuer.replaceAll("/+$", "") + "/oauth2/token";
		return served -> {
			OpenAPI contract = read();
			BuildProperties properties = build.getIfAvailable();
			if (properties != null && properties.getVersion() != null) {
				contract.getInfo().setVersion(properties.getVersion());
			}
			OAuthFlow flow = contract.getComponents()
				.getSecuritySchemes()
				.get(OAUTH2)
				.getFlows()
				.getClientCredentials();
			flow.setTokenUrl(token);
			served.setOpenapi(contract.getOpenapi());
			served.setPaths(contract.getPaths());
			served.setComponents(contract.getComponents());
			served.setTags(contract.getTags());
			served.setSecurity(contract.getSecurity());
			served.setInfo(contract.getInfo());
		};
	}

	/** The contract as written, parsed afresh (springdoc changes what it is given). */
	static OpenAPI read() {
		try (InputStream in = new ClassPathResource(CONTRACT).getInputStream()) {
			return Yaml.mapper().readValue(in, OpenAPI.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the OpenAPI contract " + CONTRACT, ex);
		}
	}

}
