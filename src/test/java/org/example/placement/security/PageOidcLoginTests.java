package org.example.placement.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an issuer configured, people sign in through it (OIDC, authorization code): the
 * sign-in page offers the issuer and no key field, and starting there redirects to the
 * issuer's authorization endpoint with this service's client id, the scopes and a way
 * back. No issuer runs here: the registration names its endpoints, none of which is
 * called before a person comes back with a code.
 */
@SpringBootTest(properties = { "placement.rules.watch-interval=0", "placement.scenarios.gate=false",
		"spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/jwks",
		"spring.security.oauth2.client.registration.county.client-id=placement-pages",
		"spring.security.oauth2.client.registration.county.client-secret=not-used-here",
		"spring.security.oauth2.client.registration.county.client-name=County sign-in",
		"spring.security.oauth2.client.registration.county.authorization-grant-type=authorization_code",
		"spring.security.oauth2.client.registration.county.scope=openid,placement:audit",
		"spring.security.oauth2.client.registration.county.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
		"spring.security.oauth2.client.provider.county.authorization-uri=http://127.0.0.1:9/authorize",
		"spring.security.oauth2.client.provider.county.token-uri=http://127.0.0.1:9/token",
		"spring.security.oauth2.client.provider.county.jwk-set-uri=http://127.0.0.1:9/jwks",
		"spring.security.oauth2.client.provider.county.user-name-attribute=sub" })
@AutoConfigureMockMvc
class PageOidcLoginTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aPersonIsSentToTheIssuerToSignIn() {
		assertThat(mvc.get().uri("/decisions").accept(MediaType.TEXT_HTML)).hasStatus(302)
			.hasHeader(HttpHeaders.LOCATION, "/sign-in");
		assertThat(mvc.get().uri("/sign-in").accept(MediaType.TEXT_HTML)).hasStatusOk()
			.bodyText()
			.contains("href=\"/oauth2/authorization/county\"", "Sign in with County sign-in")
			.doesNotContain("name=\"key\"");

		String location = mvc.get()
			.uri("/oauth2/authorization/county")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.getResponse()
			.getHeader(HttpHeaders.LOCATION);
		assertThat(location).startsWith("http://127.0.0.1:9/authorize?")
			.contains("response_type=code", "client_id=placement-pages", "scope=openid%20placement:audit", "state=",
					"nonce=", "redirect_uri=http://localhost/login/oauth2/code/county");
	}

	@Test
	void aScriptStillSendsItsBearerToken() {
		assertThat(mvc.get().uri("/decisions").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-jwt")).hasStatus(401);
	}

	@Test
	void aPersonGetsTheRolesOfTheGrantedScopesAndTheAuthoritiesOfTheClaim() {
		OidcIdToken token = new OidcIdToken("id-token", Instant.EPOCH, Instant.EPOCH.plusSeconds(60),
				Map.of("sub", "a.social.worker", "authorities", List.of("E06000047")));

		assertThat(new OidcPeople().mapAuthorities(List.of(new OidcUserAuthority(token),
				new SimpleGrantedAuthority("SCOPE_placement:audit"), new SimpleGrantedAuthority("SCOPE_openid"))))
			.extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_AUDIT", "AUTHORITY_E06000047");
	}

}
