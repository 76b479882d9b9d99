package org.example.placement.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Guards operator endpoints with a bearer token from {@code placement.admin.token}. With no token
 * configured the endpoints are closed, so a default install exposes nothing that changes state.
 */
@Component
class AdminToken {

	private final byte[] expected;

	AdminToken(@Value("${placement.admin.token:}") String token) {
		this.expected = token.isBlank() ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
	}

	void check(String authorization) {
		if (expected == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"operator endpoints are closed: set placement.admin.token to open them");
		}
		byte[] given = authorization == null ? new byte[0] : authorization.getBytes(StandardCharsets.UTF_8);
		// constant-time comparison, so the token cannot be guessed byte by byte from response times
		if (!MessageDigest.isEqual(expected, given)) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "a valid bearer token is required");
		}
	}

}
