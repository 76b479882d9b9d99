package org.example.placement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import org.example.placement.decision.InvalidRequestException.FieldError;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns a body Jackson could not read into one {@link FieldError} naming the field. Messages are
 * written here rather than taken from Jackson, whose messages quote the offending value (a
 * child's date of birth, say) and Java type names; a caller needs the field and what it expects.
 */
final class ReadErrors {

	private ReadErrors() {
	}

	static FieldError of(HttpMessageNotReadableException ex) {
		JacksonException jackson = jacksonCause(ex);
		if (jackson == null) {
			return new FieldError(JsonPaths.ROOT, "request body is missing or is not JSON");
		}
		if (!(jackson instanceof DatabindException)) {
			return new FieldError(JsonPaths.ROOT, "malformed JSON" + where(jackson.getLocation()));
		}
		String field = JsonPaths.of(jackson.getPath());
		if (jackson instanceof UnrecognizedPropertyException) {
			return new FieldError(field, "unknown property; check its spelling against the API contract");
		}
		if (jackson instanceof MismatchedInputException mismatch) {
			if (mismatch.getCurrentToken() == JsonToken.VALUE_NULL) {
				return new FieldError(field, "must not be null");
			}
			return new FieldError(field, expected(mismatch.getTargetType()));
		}
		if (jackson instanceof ValueInstantiationException && jackson.getCause() instanceof NullPointerException) {
			// the records copy their lists with List.copyOf, which refuses null elements
			return new FieldError(field, "must not contain null list elements");
		}
		return new FieldError(field, "has a value that cannot be used here");
	}

	// the first Jackson exception in the chain; its own cause (a DateTimeParseException, say) has no path
	private static JacksonException jacksonCause(Throwable ex) {
		for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				return jackson;
			}
		}
		return null;
	}

	/** What a field of this type must look like, in the caller's terms rather than Java's. */
	static String expected(Class<?> type) {
		if (type == null) {
			return "has the wrong type";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "must be true or false";
		}
		if (type == LocalDate.class) {
			return "must be a real date written yyyy-MM-dd";
		}
		if (type.isEnum()) {
			return "must be one of " + Arrays.stream(type.getEnumConstants())
				.map(Object::toString)
				.collect(Collectors.joining(", "));
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "must be a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type == BigDecimal.class || type.isPrimitive()) {
			return "must be a number";
		}
		if (type == String.class) {
			return "must be a string";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "must be an array";
		}
		return "must be an object";
	}

	private static String where(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

}
