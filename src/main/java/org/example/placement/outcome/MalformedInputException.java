package org.example.placement.outcome;

import java.util.List;

import org.example.placement.decision.InvalidRequestException.FieldError;

/**
 * An outcome, or a report's parameters, not well-formed (a 400 naming each field, never
 * its value): a broken constraint, or a period that ends before it starts.
 */
public class MalformedInputException extends RuntimeException {

	private final boolean parameters;

	private final List<FieldError> errors;

	public MalformedInputException(boolean parameters, List<FieldError> errors) {
		super("malformed " + (parameters ? "parameters " : "outcome ")
				+ errors.stream().map(FieldError::field).toList());
		this.parameters = parameters;
		this.errors = List.copyOf(errors);
	}

	/** Whether query parameters (true) or a body (false) are at fault. */
	public boolean parameters() {
		return parameters;
	}

	public List<FieldError> errors() {
		return errors;
	}

}
