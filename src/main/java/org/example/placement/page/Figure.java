package org.example.placement.page;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One number the page shows: its label, its value, the text it is written as, and where
 * the report JSON holds it ({@code json}, a JSON Pointer; null for a number the page
 * derives, such as a distance band). A share carries the pointers of its numerator and
 * denominator instead ({@code ratio}: {@code "/a /b"}).
 */
record Figure(String label, double value, String text, @Nullable String json, @Nullable String ratio) {

	private static final DecimalFormat ONE_DECIMAL = new DecimalFormat("0.0",
			DecimalFormatSymbols.getInstance(Locale.UK));

	/** Text the JSON holds at {@code json} (null: the page's own). */
	static Figure text(String text, @Nullable String json) {
		return new Figure("", 0, text, json, null);
	}

	/**
	 * A true or false the JSON holds at {@code json}, written yes or no; blank for none.
	 */
	static Figure yesNo(@Nullable Boolean value, String json) {
		return new Figure("", 0, value == null ? "" : value ? "yes" : "no", json, null);
	}

	/** A count the JSON holds at {@code json}. */
	static Figure count(String label, long value, @Nullable String json) {
		return new Figure(label, value, Long.toString(value), json, null);
	}

	/**
	 * {@code part} of {@code whole} as a percentage to one decimal place; 0, written
	 * "n/a", when the whole is 0.
	 */
	static Figure share(String label, long part, long whole, String partJson, String wholeJson) {
		double percent = whole == 0 ? 0 : 100.0 * part / whole;
		return new Figure(label, percent, whole == 0 ? "n/a" : percent(percent), null, partJson + " " + wholeJson);
	}

	static String percent(double value) {
		return ONE_DECIMAL.format(value) + "%";
	}

	/** A number as the page writes it: whole numbers without a decimal point. */
	static String number(@Nullable Double value) {
		if (value == null) {
			return "";
		}
		return value == Math.rint(value) ? Long.toString(value.longValue()) : ONE_DECIMAL.format(value);
	}

}
