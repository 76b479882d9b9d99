package org.example.placement.decision;

/** The caller's idempotency key already holds a decision made for a different request. */
public class IdempotencyKeyReusedException extends RuntimeException {

	public IdempotencyKeyReusedException() {
		super("the idempotency key was first used with a different request");
	}

}
