package org.example.placement.web;

import org.example.placement.decision.InvalidRequestException.FieldError;

/**
 * A request header the API reads is malformed; the error names the header, never its
 * value.
 */
class InvalidHeaderException extends RuntimeException {

	private final FieldError error;

	InvalidHeaderException(FieldError error) {
		super("malformed header " + error.field());
		this.error = error;
	}

	FieldError error() {
		return error;
	}

}
