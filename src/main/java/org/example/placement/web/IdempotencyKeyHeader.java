package org.example.placement.web;

import java.util.Optional;

import org.example.placement.decision.IdempotencyKey;
import org.example.placement.decision.InvalidRequestException.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code Idempotency-Key} request header
 * (draft-ietf-httpapi-idempotency-key-header). The draft makes it a Structured Fields
 * string, {@code "8e03978e-40d5-43e8-bc93-6894a57f9324"}; a bare key is accepted too, as
 * many clients send one, if it holds no quote, backslash or comma (two header fields
 * reach here joined by a comma, and must be refused). The key itself is 1 to 255 visible
 * ASCII characters; anything else is a 400 naming the header.
 */
final class IdempotencyKeyHeader {

	static final String NAME = "Idempotency-Key";

	static final String EXPECTED = "must be sent once, as a string of 1 to " + IdempotencyKey.MAX_LENGTH
			+ " visible ASCII characters in double quotes, such as \"8e03978e-40d5-43e8-bc93-6894a57f9324\"";

	private IdempotencyKeyHeader() {
	}

	static Optional<IdempotencyKey> read(@Nullable String field) {
		if (field == null) {
			return Optional.empty();
		}
		String value = field.strip();
		String key = value.startsWith("\"") ? unquoted(value) : bare(value);
		try {
			return Optional.of(new IdempotencyKey(key));
		}
		catch (IllegalArgumentException ex) {
			throw malformed();
		}
	}

	/**
	 * The content of an sf-string: {@code \"} and {@code \\} escaped, nothing after the
	 * closing quote.
	 */
	private static String unquoted(String value) {
		StringBuilder key = new StringBuilder();
		for (int i = 1; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"') {
				if (i != value.length() - 1) {
					throw malformed();
				}
				return key.toString();
			}
			if (c == '\\') {
				i++;
				if (i == value.length() || (value.charAt(i) != '"' && value.charAt(i) != '\\')) {
					throw malformed();
				}
				c = value.charAt(i);
			}
			key.append(c);
		}
		throw malformed();
	}

	private static String bare(String value) {
		if (value.indexOf('"') >= 0 || value.indexOf('\\') >= 0 || value.indexOf(',') >= 0) {
			throw malformed();
		}
		return value;
	}

	private static InvalidHeaderException malformed() {
		return new InvalidHeaderException(new FieldError(NAME, EXPECTED));
	}

}
