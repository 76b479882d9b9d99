package org.example.placement.web;

/**
 * A large request that found every permit for large requests taken
 * ({@link LargeRequestPermits}); answered 503 with {@code Retry-After} by
 * {@link ProblemAdvice}, nothing decided or recorded.
 */
class TooManyLargeRequestsException extends RuntimeException {

	/** Seconds a client is asked to wait before sending it again. */
	static final int RETRY_AFTER_SECONDS = 5;

	private final long largeBytes;

	TooManyLargeRequestsException(long largeBytes) {
		super("every permit for requests over " + largeBytes + " bytes is taken");
		this.largeBytes = largeBytes;
	}

	long largeBytes() {
		return largeBytes;
	}

}
