package org.example.placement.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A JWT access token as a client: its name is the client id ({@code azp}, else
 * {@code client_id}); its roles are the {@code placement:*} scopes; its responsible
 * authorities the {@code authorities} claim (ONS codes or {@code ["*"]}). A token naming
 * no client is refused (401), as is a token whose {@code authorities} claim is not a list
 * of strings; a token without the claim may act for no authority.
 */
final class JwtClients implements Converter<Jwt, AbstractAuthenticationToken> {

	static final String AUTHORITIES = "authorities";

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String client = firstText(jwt, "azp", ApiKeys.CLIENT_ID);
		if (client == null || client.length() > 255) {
			throw invalid("the token names no client (azp or client_id) of at most 255 characters");
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String scope : scopes(jwt)) {
			for (Role role : Role.values()) {
				if (role.scope().equals(scope)) {
					roles.add(role);
				}
			}
		}
		List<String> authorities;
		try {
			authorities = jwt.hasClaim(AUTHORITIES) ? jwt.getClaimAsStringList(AUTHORITIES) : List.of();
		}
		catch (RuntimeException ex) {
			throw invalid("the authorities claim must be a list of ONS codes or [\"*\"]");
		}
		return new JwtAuthenticationToken(jwt,
				ClientAccess.granted(roles, authorities == null ? List.of() : authorities), client);
	}

	private static Collection<String> scopes(Jwt jwt) {
		Object scope = jwt.getClaims().get("scope");
		if (scope instanceof String text) {
			return List.of(text.split(" "));
		}
		Object scp = scope != null ? scope : jwt.getClaims().get("scp");
		List<String> scopes = new ArrayList<>();
		if (scp instanceof Collection<?> list) {
			list.forEach(s -> scopes.add(String.valueOf(s)));
		}
		else if (scp instanceof String text) {
			scopes.addAll(List.of(text.split(" ")));
		}
		return scopes;
	}

	private static String firstText(Jwt jwt, String... claims) {
		for (String claim : claims) {
			Object value = jwt.getClaims().get(claim);
			if (value instanceof String text && !text.isBlank()) {
				return text;
			}
		}
		return null;
	}

	private static OAuth2AuthenticationException invalid(String description) {
		return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
	}

}
