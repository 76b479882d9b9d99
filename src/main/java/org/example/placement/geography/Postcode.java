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
		return isAscii(text) ? parseAscii(text) : byPatterns(text);
	}

	/**
	 * The reading by its definition: every whitespace dropped, upper-cased, then the
	 * patterns. Any text; {@link #parse} reads ASCII text without them, the same way.
	 */
	static Optional<Postcode> byPatterns(String text) {
		String compact = WHITESPACE.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
		if (compact.length() >= 5 && FULL_INWARD.matcher(compact.substring(compact.length() - 3)).matches()) {
			return of(compact.substring(0, compact.length() - 3), compact.substring(compact.length() - 3));
		}
		if (compact.length() >= 3 && Character.isDigit(compact.charAt(compact.length() - 1))) {
			return of(compact.substring(0, compact.length() - 1), compact.substring(compact.length() - 1));
		}
		return Optional.empty();
	}

	/**
	 * The same reading as the patterns above, written out for ASCII text (every postcode
	 * a decision holds, a few per candidate): whitespace dropped, letters upper-cased,
	 * then a full inward code ({@code 9AA}) or a sector digit after a valid outward code.
	 */
	private static Optional<Postcode> parseAscii(String text) {
		char[] compact = new char[text.length()];
		int length = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
				continue;
			}
			compact[length++] = (c >= 'a' && c <= 'z') ? (char) (c - ('a' - 'A')) : c;
		}
		if (length >= 5 && digit(compact[length - 3]) && letter(compact[length - 2]) && letter(compact[length - 1])) {
			return ofAscii(compact, length - 3, length);
		}
		if (length >= 3 && digit(compact[length - 1])) {
			return ofAscii(compact, length - 1, length);
		}
		return Optional.empty();
	}

	/** {@code [A-Z]{1,2}[0-9][A-Z0-9]?} before {@code inwardStart}. */
	private static Optional<Postcode> ofAscii(char[] compact, int inwardStart, int length) {
		int letters = 0;
		while (letters < inwardStart && letter(compact[letters])) {
			letters++;
		}
		int rest = inwardStart - letters;
		boolean valid = letters >= 1 && letters <= 2 && rest >= 1 && rest <= 2 && digit(compact[letters])
				&& (rest == 1 || letter(compact[letters + 1]) || digit(compact[letters + 1]));
		return valid ? Optional.of(new Postcode(new String(compact, 0, inwardStart),
				new String(compact, inwardStart, length - inwardStart))) : Optional.empty();
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 0x7F) {
				return false;
			}
		}
		return true;
	}

	private static boolean letter(char c) {
		return c >= 'A' && c <= 'Z';
	}

	private static boolean digit(char c) {
		return c >= '0' && c <= '9';
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
