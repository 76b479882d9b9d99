package org.example.placement.geography;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A full postcode ({@code "DH1 3AA"}) or a postcode sector ({@code "DH1 3"}) in the ONS
 * spelling. Social workers type postcodes in any case and spacing; normalising here means
 * {@code "dh13aa"} and {@code "DH1  3AA"} find the same place.
 *
 * @param outward the outward code, e.g. {@code "DH1"}
 * @param inward the inward code ({@code "3AA"}) of a full postcode, or its first digit
 * ({@code "3"}) for a sector
 */
record Postcode(String outward, String inward) {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern OUTWARD = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");

	private static final Pattern FULL_INWARD = Pattern.compile("[0-9][A-Z]{2}");

	/** The postcode or sector {@code text} spells; empty when it is neither. */
	static Optional<Postcode> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String compact = WHITESPACE.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
		if (compact.length() >= 5 && FULL_INWARD.matcher(compact.substring(compact.length() - 3)).matches()) {
			return of(compact.substring(0, compact.length() - 3), compact.substring(compact.length() - 3));
		}
		if (compact.length() >= 3 && Character.isDigit(compact.charAt(compact.length() - 1))) {
			return of(compact.substring(0, compact.length() - 1), compact.substring(compact.length() - 1));
		}
		return Optional.empty();
	}

	private static Optional<Postcode> of(String outward, String inward) {
		return OUTWARD.matcher(outward).matches() ? Optional.of(new Postcode(outward, inward)) : Optional.empty();
	}

	boolean isFull() {
		return inward.length() == 3;
	}

	/** The sector: outward code, a space and the first digit of the inward code. */
	String sector() {
		return outward + " " + inward.charAt(0);
	}

	/** The ONS spelling: outward code, one space, inward code (or sector digit). */
	String text() {
		return outward + " " + inward;
	}

	@Override
	public String toString() {
		return text();
	}

}
