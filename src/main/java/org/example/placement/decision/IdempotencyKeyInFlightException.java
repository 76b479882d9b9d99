package org.example.placement.decision;

/**
 * A request with the caller's idempotency key is still being decided; nothing was done
 * for this one.
 */
public class IdempotencyKeyInFlightException extends RuntimeException {

	public IdempotencyKeyInFlightException() {
		super("a request with this idempotency key is still being decided");
	}

}
