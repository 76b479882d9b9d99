package org.example.placement.engine;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.example.placement.decision.RuleProblem;
import org.jspecify.annotations.Nullable;

/**
 * Checks the cells of a decision table before it becomes DRL, so a typo is reported in
 * the table's own words, once: {@code row 10, column Weight: 'thirty' is not a whole
 * number}. A table's layout is Drools': a {@code RuleTable} row, then the row of column
 * kinds ({@code NAME}, {@code CONDITION}, {@code METADATA}, {@code ACTION}), a row for
 * object types, the row of templates, the row of column titles, and one rule a row until
 * a blank row. A cell is checked against its column's template: {@code weight($param)}
 * takes a whole number, {@code inForceFrom("$param")} and {@code inForceUntil} a date
 * written {@code yyyy-mm-dd}, a quoted {@code "$param"} no double quote, and an unquoted
 * {@code $param} after a comparison a number.
 */
final class TableCheck {

	private static final Pattern WHOLE = Pattern.compile("\\d+");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern SLASHED_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

	private static final Pattern COMPARED = Pattern.compile("(<=|>=|<|>|==|!=)\\s*\\$param");

	private TableCheck() {
	}

	/** Adds a problem for every cell its column's template cannot take. */
	static void check(String file, TableGrid grid, List<RuleProblem> problems) {
		for (int row = 1; row <= grid.rows().size(); row++) {
			if (grid.text(row, 0).strip().toLowerCase(Locale.ROOT).startsWith("ruletable")
					|| grid.text(row, 1).strip().toLowerCase(Locale.ROOT).startsWith("ruletable")) {
				row = checkTable(file, grid, row, problems);
			}
		}
	}

	/** Checks the table whose {@code RuleTable} cell is on {@code at}; its last row. */
	private static int checkTable(String file, TableGrid grid, int at, List<RuleProblem> problems) {
		int kinds = at + 1;
		int templates = at + 3;
		int titles = at + 4;
		int row = at + 5;
		for (; row <= grid.rows().size() && !grid.blank(row); row++) {
			for (int column = 0; column < grid.width(row); column++) {
				String kind = grid.text(kinds, column).strip().toUpperCase(Locale.ROOT);
				String value = grid.text(row, column).strip();
				String problem = value.isEmpty() ? null
						: problem(kind, grid.text(templates, column).replaceAll("\\s", ""), value);
				if (problem != null) {
					String title = grid.text(titles, column).strip();
					problems.add(new RuleProblem(file, row, "row " + row + ", column "
							+ (title.isEmpty() ? letter(column) : title) + ": '" + value + "' " + problem));
				}
			}
		}
		return row;
	}

	private static @Nullable String problem(String kind, String template, String value) {
		if (kind.equals("METADATA") && template.startsWith("weight(") && !WHOLE.matcher(value).matches()) {
			return "is not a whole number";
		}
		if (kind.equals("METADATA") && template.startsWith("inForce")) {
			String date = date(value);
			if (date != null) {
				return date;
			}
		}
		if (template.contains("\"$param\"") && value.contains("\"")) {
			return "contains a double quote (\"), which this column cannot hold: use single quotes";
		}
		if (kind.equals("CONDITION") && COMPARED.matcher(template).find() && !NUMBER.matcher(value).matches()) {
			return "is not a number";
		}
		return null;
	}

	/** Why {@code value} is not a date written yyyy-mm-dd, or null when it is one. */
	private static @Nullable String date(String value) {
		Matcher slashed = SLASHED_DATE.matcher(value);
		if (slashed.matches()) {
			return "is not a date written yyyy-mm-dd (a spreadsheet program rewrites dates unless the column is"
					+ " formatted as text)" + meant(slashed.group(3), slashed.group(2), slashed.group(1));
		}
		if (!ISO_DATE.matcher(value).matches()) {
			return "is not a date written yyyy-mm-dd";
		}
		try {
			LocalDate.parse(value);
			return null;
		}
		catch (DateTimeParseException ex) {
			return "is not a calendar date";
		}
	}

	/**
	 * The date a day-first {@code dd/mm/yyyy} would be, written as the table wants it.
	 */
	private static String meant(String year, String month, String day) {
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
			return ": if it means " + date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)) + ", write "
					+ date;
		}
		catch (DateTimeException ex) {
			return "";
		}
	}

	/** The spreadsheet letter of a column counted from 0: A, B, ... Z, AA. */
	private static String letter(int column) {
		return (column >= 26 ? letter(column / 26 - 1) : "") + (char) ('A' + column % 26);
	}

}
