package org.example.placement.decision;

/**
 * The decision log cannot store or read right now; no decision may be returned
 * unrecorded.
 */
public class DecisionLogUnavailableException extends RuntimeException {

	public DecisionLogUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
