package org.example.placement.web;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import org.example.placement.json.DerivedValue;
import org.example.placement.decision.InvalidRequestException.FieldError;
import org.example.placement.json.JsonPaths;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns a body Jackson could not read into one {@link FieldError} naming the field.
 * Messages are written here rather than taken from Jackson, whose messages quote the
 * offending value (a child's date of birth, say) and Java type names; a caller needs the
 * field and what it expects. What Jackson refuses is set in one place,
 * {@link org.example.placement.json.StrictJson}.
 */
final class ReadErrors {

	private ReadErrors() {
	}

	static FieldError of(HttpMessageNotReadableException ex) {
		JacksonException jackson = jacksonCause(ex);
		if (jackson == null) {
			return new FieldError(JsonPaths.ROOT, "request body is missing or is not JSON");
		}
		if (jackson instanceof StreamReadException read && isDuplicateKey(read)) {
			return new FieldError(JsonPaths.of(read.processor().streamReadContext()),
					"is given more than once; each property may appear only once in an object");
		}
		if (jackson instanceof InputCoercionException outOfRange) {
			// a JSON number too large for its field: 99999999999 vacancies, say
			Class<?> type = outOfRange.getTargetType();
			return new FieldError(JsonPaths.of(jackson.getPath()), type == int.class || type == Integer.class
					? "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE : inJson(type));
		}
		if (!(jackson instanceof DatabindException)) {
			return new FieldError(JsonPaths.ROOT, "malformed JSON" + where(jackson.getLocation()));
		}
		String field = JsonPaths.of(jackson.getPath());
		if (jackson instanceof UnrecognizedPropertyException) {
			return new FieldError(field, "unknown property; check its spelling against the API contract");
		}
		if (jackson instanceof DerivedValue.SentException) {
			return new FieldError(field, DerivedValue.MESSAGE);
		}
		if (jackson instanceof MismatchedInputException mismatch) {
			if (mismatch.getCurrentToken() == JsonToken.VALUE_NULL) {
				return new FieldError(field, "must not be null");
			}
			return new FieldError(field, inJson(mismatch.getTargetType()));
		}
		if (jackson instanceof ValueInstantiationException && jackson.getCause() instanceof NullPointerException) {
			// the records copy their lists with List.copyOf, which refuses null elements
			return new FieldError(field, "must not contain null list elements");
		}
		return new FieldError(field, "has a value that cannot be used here");
	}

	/**
	 * Jackson's parser refuses a repeated key ({@code STRICT_DUPLICATE_DETECTION}) with a
	 * plain {@link StreamReadException}; only its message tells it from other malformed
	 * JSON. The parser has already moved onto the repeated key, so its context is the
	 * path of the field.
	 */
	private static boolean isDuplicateKey(StreamReadException ex) {
		return ex.processor() != null && ex.getOriginalMessage() != null
				&& ex.getOriginalMessage().startsWith("Duplicate Object property");
	}

	// the first Jackson exception in the chain; its own cause (a DateTimeParseException,
	// say) has no path
	private static JacksonException jacksonCause(Throwable ex) {
		for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				return jackson;
			}
		}
		return null;
	}

	/**
	 * What a field of this type must look like, in the caller's terms rather than Java's.
	 */
	static String expected(Class<?> type) {
		if (type == null) {
			return "has the wrong type";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "must be true or false";
		}
		if (type == LocalDate.class) {
			return "must be a real date written yyyy-mm-dd, with no time part and no spaces";
		}
		if (type.isEnum()) {
			return "must be one of "
					+ Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
		}
		if (isWholeNumber(type)) {
			return "must be a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "must be a finite number";
		}
		if (type == String.class) {
			return "must be a string";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "must be an array";
		}
		return "must be an object";
	}

	/**
	 * As {@link #expected}, saying which JSON type to send: nothing is converted from
	 * another.
	 */
	private static String inJson(Class<?> type) {
		if (type == boolean.class || type == Boolean.class) {
			return expected(type) + ", as a JSON boolean (not a number or a string)";
		}
		if (isWholeNumber(type)) {
			return expected(type) + ", as a JSON number without quotes or a fraction";
		}
		if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
			return expected(type) + ", as a JSON number without quotes";
		}
		if (type == String.class) {
			return expected(type) + ", in quotes";
		}
		return expected(type);
	}

	private static boolean isWholeNumber(Class<?> type) {
		return type == int.class || type == Integer.class || type == long.class || type == Long.class
				|| type == short.class || type == Short.class || type == BigInteger.class;
	}

	private static String where(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

}
