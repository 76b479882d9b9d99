package org.example.placement.decision;

import java.util.List;

/**
 * A request that is well-formed but cannot be decided; each error names the field at
 * fault.
 */
public class InvalidRequestException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidRequestException(List<FieldError> errors) {
		super("invalid request: " + errors);
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}

	/**
	 * One problem with one field, by its JSON path (e.g. {@code candidates[2].postcode}).
	 */
	public record FieldError(String field, String message) {
	}

}
