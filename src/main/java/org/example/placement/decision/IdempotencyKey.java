package org.example.placement.decision;

/**
 * A calling system's key for one request, so that a retry of the request gets the
 * decision first made for it rather than a second one
 * (draft-ietf-httpapi-idempotency-key-header). Opaque to the service: 1 to 255 visible
 * ASCII characters (a UUID is the usual choice). Keys are unique per calling system, not
 * across them.
 */
public record IdempotencyKey(String value) {

	public static final int MAX_LENGTH = 255;

	public IdempotencyKey {
		if (value == null || value.isEmpty() || value.length() > MAX_LENGTH
				|| !value.chars().allMatch(c -> c >= '!' && c <= '~')) {
			throw new IllegalArgumentException(
					"an idempotency key is 1 to " + MAX_LENGTH + " visible ASCII characters, without spaces");
		}
	}

}
