package org.example.placement.web;

import java.util.List;

import org.example.placement.decision.InvalidRequestException.FieldError;

/**
 * The request body broke a Bean Validation constraint. Raised by the controller itself
 * because the body is validated only after {@code asOf} has been defaulted, not by
 * {@code @Valid}.
 */
class InvalidBodyException extends RuntimeException {

	private final List<FieldError> errors;

	InvalidBodyException(List<FieldError> errors) {
		super("request body failed validation on " + errors.stream().map(FieldError::field).toList());
		this.errors = List.copyOf(errors);
	}

	List<FieldError> errors() {
		return errors;
	}

}
