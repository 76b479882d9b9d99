package org.example.placement.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * One property written as the mapper writes it for a record's component of that type: a
 * null as {@code null}, a date as {@code yyyy-mm-dd}, an enum by its name, numbers and
 * strings by the generator's own methods (the hand-written writers,
 * {@link CompactDecisionWriter} and {@link DecisionRequestWriter}).
 */
final class JsonFields {

	/**
	 * The writers' property names, each quoted and encoded once, as the mapper's own
	 * property writers hold theirs; only the writers' fixed names come here.
	 */
	private static final Map<String, SerializableString> NAMES = new ConcurrentHashMap<>();

	private JsonFields() {
	}

	static SerializableString name(String name) {
		SerializableString encoded = NAMES.get(name);
		return encoded != null ? encoded : NAMES.computeIfAbsent(name, SerializedString::new);
	}

	static void flag(JsonGenerator out, String name, boolean value) {
		out.writeName(name(name));
		out.writeBoolean(value);
	}

	static void number(JsonGenerator out, String name, int value) {
		out.writeName(name(name));
		out.writeNumber(value);
	}

	static void array(JsonGenerator out, String name) {
		out.writeName(name(name));
		out.writeStartArray();
	}

	static void object(JsonGenerator out, String name) {
		out.writeName(name(name));
		out.writeStartObject();
	}

	static void string(JsonGenerator out, String name, String value) {
		out.writeName(name(name));
		if (value == null) {
			out.writeNull();
		}
		else {
			out.writeString(value);
		}
	}

	static void integer(JsonGenerator out, String name, Integer value) {
		out.writeName(name(name));
		if (value == null) {
			out.writeNull();
		}
		else {
			out.writeNumber(value.intValue());
		}
	}

	static void decimal(JsonGenerator out, String name, BigDecimal value) {
		out.writeName(name(name));
		if (value == null) {
			out.writeNull();
		}
		else {
			out.writeNumber(value);
		}
	}

	static void bool(JsonGenerator out, String name, Boolean value) {
		out.writeName(name(name));
		if (value == null) {
			out.writeNull();
		}
		else {
			out.writeBoolean(value);
		}
	}

	static void date(JsonGenerator out, String name, LocalDate value) {
		string(out, name, value == null ? null : value.toString());
	}

	static void named(JsonGenerator out, String name, Enum<?> value) {
		string(out, name, value == null ? null : value.name());
	}

	static void strings(JsonGenerator out, String name, List<String> values) {
		out.writeName(name(name));
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
