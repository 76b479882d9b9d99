package org.example.placement.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * A date is a string {@code yyyy-mm-dd} naming a real day, and nothing else: not a
 * date-time ({@code 2026-11-23T00:00:00}), not padded ({@code " 2026-11-23"}), not a
 * number of days, not an array {@code [2026, 11, 23]}, all of which Jackson's own reader
 * accepts. The failure names the expected form, never the value: a date of birth
 * identifies a child.
 */
final class StrictLocalDateDeserializer extends StdScalarDeserializer<LocalDate> {

	static final String EXPECTED = "a real date written yyyy-mm-dd, with no time part and no spaces";

	private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

	StrictLocalDateDeserializer() {
		super(LocalDate.class);
	}

	@Override
	public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.hasToken(JsonToken.VALUE_STRING)) {
			String text = parser.getString();
			if (DATE.matcher(text).matches()) {
				try {
					// ISO_LOCAL_DATE resolves strictly: 2026-02-30 is refused, not moved
					// to 2 March
					return LocalDate.parse(text);
				}
				catch (DateTimeException ex) {
					// not a real date; reported below
				}
			}
		}
		return context.reportInputMismatch(this, "expected " + EXPECTED);
	}

	@Override
	public LogicalType logicalType() {
		return LogicalType.DateTime;
	}

}
