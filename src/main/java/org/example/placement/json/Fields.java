package org.example.placement.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * One named value at a time, each as the mapper writes that type ({@link RequestJson},
 * {@link DecisionJson}): a null as {@code null}, a date as {@code yyyy-mm-dd}, an enum by
 * its name, a number as the generator writes it, names already quoted and encoded.
 */
final class Fields {

	/**
	 * Each enum's constants as {@code toString} writes them, pre-encoded once a type: a 1
	 * x 50 decision's text names some thousand statuses, tiers, locations and effects,
	 * and the generator copies a pre-encoded string where it would escape a string's
	 * characters one by one. The same bytes: the generator's escaping is JSON's, and
	 * names are ASCII.
	 */
	private static final ClassValue<SerializedString[]> NAMES = new ClassValue<>() {

		@Override
		protected SerializedString[] computeValue(Class<?> type) {
			Object[] constants = type.getEnumConstants();
			SerializedString[] names = new SerializedString[constants.length];
			for (int i = 0; i < constants.length; i++) {
				names[i] = new SerializedString(constants[i].toString());
			}
			return names;
		}

	};

	private Fields() {
	}

	static SerializedString name(String name) {
		return new SerializedString(name);
	}

	static void string(JsonGenerator out, SerializableString name, @Nullable String value) {
		out.writeName(name);
		if (value == null) {
			out.writeNull();
		}
		else {
			out.writeString(value);
		}
	}

	static void number(JsonGenerator out, SerializableString name, @Nullable Integer value) {
		out.writeName(name);
		if (value == null) {
			out.writeNull();
		}
		else {
			out.writeNumber(value.intValue());
		}
	}

	static void number(JsonGenerator out, SerializableString name, @Nullable BigDecimal value) {
		out.writeName(name);
		if (value == null) {
			out.writeNull();
		}
		else {
			out.writeNumber(value);
		}
	}

	static void bool(JsonGenerator out, SerializableString name, @Nullable Boolean value) {
		out.writeName(name);
		if (value == null) {
			out.writeNull();
		}
		else {
			out.writeBoolean(value.booleanValue());
		}
	}

	static void bool(JsonGenerator out, SerializableString name, boolean value) {
		out.writeName(name);
		out.writeBoolean(value);
	}

	static void date(JsonGenerator out, SerializableString name, @Nullable LocalDate value) {
		out.writeName(name);
		if (value == null) {
			out.writeNull();
		}
		else {
			out.writeString(value.toString());
		}
	}

	static void named(JsonGenerator out, SerializableString name, @Nullable Enum<?> value) {
		out.writeName(name);
		if (value == null) {
			out.writeNull();
		}
		else {
			out.writeString(NAMES.get(value.getDeclaringClass())[value.ordinal()]);
		}
	}

	static void strings(JsonGenerator out, SerializableString name, @Nullable List<String> values) {
		out.writeName(name);
		if (values == null) {
			out.writeNull();
			return;
		}
		out.writeStartArray();
		for (String value : values) {
			if (value == null) {
				out.writeNull();
			}
			else {
				out.writeString(value);
			}
		}
		out.writeEndArray();
	}

}
