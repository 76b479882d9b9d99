package org.example.placement.web;

import java.util.List;

import org.example.placement.decision.InvalidRequestException.FieldError;

/**
 * A query parameter is missing, or its value is out of range (a 400 naming the parameter,
 * never its value).
 */
class InvalidParameterException extends RuntimeException {

	private final List<FieldError> errors;

	InvalidParameterException(List<FieldError> errors) {
		super("invalid parameters " + errors.stream().map(FieldError::field).toList());
		this.errors = List.copyOf(errors);
	}

	List<FieldError> errors() {
		return errors;
	}

}
