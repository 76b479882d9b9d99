package org.example.placement.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Checks an API key sent as {@code Authorization: Bearer <key>} against the configured
 * clients. Only the SHA-256 of each key is held; the presented key is hashed and compared
 * with every client's digest in constant time ({@link MessageDigest#isEqual}), so neither
 * which client matched nor how much of a digest matched shows in the response time.
 * Plugged into Spring Security as an opaque-token introspector, so a key and a JWT take
 * the same path (401 with {@code WWW-Authenticate: Bearer}, the principal's name is the
 * client id).
 */
final class ApiKeys implements OpaqueTokenIntrospector {

	static final String CLIENT_ID = "client_id";

	private final List<Entry> clients;

	ApiKeys(Map<String, SecurityProperties.Client> clients) {
		this.clients = clients.entrySet()
			.stream()
			.map(e -> new Entry(e.getKey(), HexFormat.of().parseHex(e.getValue().keySha256()),
					new DefaultOAuth2AuthenticatedPrincipal(e.getKey(), Map.of(CLIENT_ID, e.getKey()),
							ClientAccess.granted(e.getValue().roles(), e.getValue().authorities()))))
			.toList();
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		byte[] presented = sha256(token);
		OAuth2AuthenticatedPrincipal found = null;
		for (Entry client : clients) {
			// every digest is compared, whichever matches
			if (MessageDigest.isEqual(client.digest(), presented)) {
				found = client.principal();
			}
		}
		if (found == null) {
			throw new BadOpaqueTokenException("unknown API key");
		}
		return found;
	}

	static byte[] sha256(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	private record Entry(String clientId, byte[] digest, OAuth2AuthenticatedPrincipal principal) {
	}

}
