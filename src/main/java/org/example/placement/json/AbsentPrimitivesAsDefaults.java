package org.example.placement.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

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
 * <p>
 * Jackson writes the failure message (a {@code String.format}) before it asks this
 * handler, which for a request of 50 candidates that leave out their flags was some
 * hundreds of messages made and dropped per request: so each primitive's deserializer is
 * wrapped ({@link #primitives()}) to answer an absent value with the default at once, and
 * the handler is left for what the wrapper does not see.
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

	/**
	 * Wraps the deserializer of every primitive type so that an absent value is its
	 * default, with no failure written first; a {@code null} still goes to Jackson, and
	 * fails.
	 */
	static ValueDeserializerModifier primitives() {
		return new ValueDeserializerModifier() {

			private static final long serialVersionUID = 1L;

			@Override
			public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				return description.getType().isPrimitive() ? new AbsentAsDefault(deserializer) : deserializer;
			}

		};
	}

	/** A primitive's deserializer whose absent value is its default. */
	static final class AbsentAsDefault extends DelegatingDeserializer {

		AbsentAsDefault(ValueDeserializer<?> primitive) {
			super(primitive);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> primitive) {
			return new AbsentAsDefault(primitive);
		}

		@Override
		public Object getAbsentValue(DeserializationContext context) {
			return _delegatee.getEmptyValue(context);
		}

	}

}
