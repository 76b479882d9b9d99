package org.example.placement.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Lets a record's primitive component that is absent from the JSON take its default
 * ({@code false}, {@code 0}) while an explicit {@code null} still fails.
 * <p>
 * Jackson 3.1 enables {@code FAIL_ON_NULL_FOR_PRIMITIVES} and applies it to absent
 * creator properties too (jackson-databind #5734, fixed only in 3.2), so every caller
 * would have to send every boolean flag. Absent creator properties are resolved after the
 * object has been read, with the parser on {@code END_OBJECT}; an explicit {@code null}
 * is resolved on {@code VALUE_NULL}. Anything else is left to Jackson and fails as
 * before.
 */
class AbsentPrimitivesAsDefaults extends DeserializationProblemHandler {

	@Override
	public Object handleNullForPrimitives(DeserializationContext context, Class<?> targetType, JsonParser parser,
			ValueDeserializer<?> deserializer, String failureMsg) {
		if (parser.currentToken() == JsonToken.END_OBJECT) {
			return deserializer.getEmptyValue(context);
		}
		return NOT_HANDLED;
	}

}
