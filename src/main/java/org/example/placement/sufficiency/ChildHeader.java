package org.example.placement.sufficiency;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One row of {@code header.csv}. {@code sex} and {@code ethnic} are read for the
 * equality-of-outcomes breakdown only: no rule and no ranking ever receives them.
 */
public record ChildHeader(String child, @Nullable String sex, LocalDate dob, @Nullable String ethnic,
		@Nullable String mother) {

	@Override
	public String toString() {
		return "ChildHeader[fields not shown: personal data]";
	}

	static ChildHeader from(CsvRow row) {
		return new ChildHeader(row.text("CHILD"), row.optional("SEX"), row.date("DOB"), row.optional("ETHNIC"),
				row.optional("MOTHER"));
	}

}
