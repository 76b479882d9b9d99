package org.example.placement.decision;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a value the service derives itself from the postcodes ({@code distanceMiles},
 * {@code localAuthority}, {@code location}, {@code atDistance}: {@link Whereabouts}) by
 * refusing it: a caller who could send a distance could move a placement into or out of
 * the area, and the decision record would not say so. Jackson calls a deserializer only
 * for a non-null value, so {@code null}, which requests stored in the decision log hold
 * for these fields, still reads.
 */
public final class DerivedValue extends ValueDeserializer<Object> {

	public static final String MESSAGE = "is derived by the service from the postcodes; it cannot be sent";

	@Override
	public Object deserialize(JsonParser parser, DeserializationContext context) {
		throw new SentException(parser);
	}

	/** A derived value was sent; the message names no value, only the rule. */
	public static final class SentException extends MismatchedInputException {

		private static final long serialVersionUID = 1L;

		SentException(JsonParser parser) {
			super(parser, MESSAGE, Object.class);
		}

	}

}
