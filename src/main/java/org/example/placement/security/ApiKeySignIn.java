package org.example.placement.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * The sign-in form's check: the key typed in (the {@code key} field) is checked exactly
 * as a bearer key is ({@link ApiKeys}), and the person is signed in as that client, with
 * its roles and authorities. The session keeps the client and what it may do, never the
 * key.
 */
final class ApiKeySignIn implements AuthenticationProvider {

	private final OpaqueTokenIntrospector keys;

	ApiKeySignIn(OpaqueTokenIntrospector keys) {
		this.keys = keys;
	}

	@Override
	public Authentication authenticate(Authentication form) {
		Object key = form.getCredentials();
		if (!(key instanceof String text) || text.isBlank()) {
			throw new BadCredentialsException("no API key was given");
		}
		OAuth2AuthenticatedPrincipal client;
		try {
			client = keys.introspect(text.strip());
		}
		catch (OAuth2IntrospectionException ex) {
			throw new BadCredentialsException("that is not a known API key");
		}
		return UsernamePasswordAuthenticationToken.authenticated(client.getName(), null, client.getAuthorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
