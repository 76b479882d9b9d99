package org.example.placement.json;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;

/**
 * Jackson's own number readers with one more check: the value must be finite. JSON has no
 * infinity, but {@code 1e309} overflows a {@code double} to it, and a {@code BigDecimal}
 * of that size turns into it as soon as anything compares it as a double; either way a
 * decision would rest on a number nobody meant. A {@code BigDecimal} is therefore held to
 * the range of a {@code double}. The failure names what is expected, never the value.
 */
final class FiniteNumberDeserializers {

	static final String EXPECTED = "expected a finite number (no larger in size than about 1.8e308)";

	private FiniteNumberDeserializers() {
	}

	static final class FiniteBigDecimal extends NumberDeserializers.BigDecimalDeserializer {

		@Override
		public @Nullable BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
			BigDecimal value = super.deserialize(parser, context);
			return value == null || Double.isFinite(value.doubleValue()) ? value : refuse(this, context);
		}

	}

	static final class FiniteDouble extends NumberDeserializers.DoubleDeserializer {

		FiniteDouble(Class<Double> type, @Nullable Double nullValue) {
			super(type, nullValue);
		}

		@Override
		public @Nullable Double deserialize(JsonParser parser, DeserializationContext context) {
			Double value = super.deserialize(parser, context);
			return value == null || Double.isFinite(value) ? value : refuse(this, context);
		}

		/**
		 * Absent and primitive: its default at once ({@link AbsentPrimitivesAsDefaults}).
		 */
		@Override
		public @Nullable Object getAbsentValue(DeserializationContext context) {
			return handledType().isPrimitive() ? getEmptyValue(context) : super.getAbsentValue(context);
		}

	}

	static final class FiniteFloat extends NumberDeserializers.FloatDeserializer {

		FiniteFloat(Class<Float> type, @Nullable Float nullValue) {
			super(type, nullValue);
		}

		@Override
		public @Nullable Float deserialize(JsonParser parser, DeserializationContext context) {
			Float value = super.deserialize(parser, context);
			return value == null || Float.isFinite(value) ? value : refuse(this, context);
		}

		/**
		 * Absent and primitive: its default at once ({@link AbsentPrimitivesAsDefaults}).
		 */
		@Override
		public @Nullable Object getAbsentValue(DeserializationContext context) {
			return handledType().isPrimitive() ? getEmptyValue(context) : super.getAbsentValue(context);
		}

	}

	private static <T> T refuse(ValueDeserializer<?> deserializer, DeserializationContext context) {
		return context.reportInputMismatch(deserializer, EXPECTED);
	}

}
