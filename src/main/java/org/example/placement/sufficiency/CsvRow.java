package org.example.placement.sufficiency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One data row of a CSV file by column name (upper case, as the SSDA903 guidance spells
 * them; supply.csv's names are matched without regard to case). Each reader throws
 * {@link RowProblem} naming the column when a value cannot be read.
 */
record CsvRow(String file, long line, Map<String, String> values) {

	/** SSDA903 dates: {@code dd/mm/yyyy}; a day or month of one digit is read too. */
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	@Nullable String optional(String column) {
		String value = values.get(column.toUpperCase(Locale.ROOT));
		return value == null || value.isBlank() ? null : value.strip();
	}

	String text(String column) {
		String value = optional(column);
		if (value == null) {
			throw new RowProblem(column, "is empty");
		}
		return value;
	}

	LocalDate date(String column) {
		LocalDate date = optionalDate(column);
		if (date == null) {
			throw new RowProblem(column, "is empty");
		}
		return date;
	}

	@Nullable LocalDate optionalDate(String column) {
		String value = optional(column);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value, DATE);
		}
		catch (DateTimeParseException ex) {
			throw new RowProblem(column, "is not a date dd/mm/yyyy");
		}
	}

	int integer(String column) {
		try {
			int value = Integer.parseInt(text(column));
			if (value < 0) {
				throw new RowProblem(column, "is negative");
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new RowProblem(column, "is not a whole number");
		}
	}

	@Nullable BigDecimal optionalDecimal(String column) {
		String value = optional(column);
		try {
			return value == null ? null : new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			throw new RowProblem(column, "is not a number");
		}
	}

	/**
	 * {@code True/False}, {@code true/false}, {@code Y/N}, {@code 1/0}; empty is false.
	 */
	boolean flag(String column) {
		Boolean value = optionalFlag(column);
		return value != null && value;
	}

	@Nullable Boolean optionalFlag(String column) {
		String value = optional(column);
		if (value == null) {
			return null;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "y", "yes", "1" -> true;
			case "false", "n", "no", "0" -> false;
			default -> throw new RowProblem(column, "is not True or False");
		};
	}

}
