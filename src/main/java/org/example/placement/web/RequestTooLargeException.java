package org.example.placement.web;

/**
 * A request body over {@code placement.api.max-request-bytes}; answered 413 by
 * {@link ProblemAdvice}.
 */
class RequestTooLargeException extends RuntimeException {

	private final long maxBytes;

	RequestTooLargeException(long maxBytes) {
		super("request body over the limit of " + maxBytes + " bytes");
		this.maxBytes = maxBytes;
	}

	long maxBytes() {
		return maxBytes;
	}

}
