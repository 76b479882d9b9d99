package org.example.placement.decision;

import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The ONS code of a local authority that looks after children: an upper-tier authority of
 * England (E06 unitary authorities, E08 metropolitan districts, E09 London boroughs, E10
 * counties) or Wales (W06 unitary authorities). Shire districts (E07) are not children's
 * services authorities, so they are not authority codes here. The one definition of what
 * an authority code is: a request's responsible authority is checked against
 * {@link #PATTERN}, and the adjacency table's authorities by {@link #parse}.
 */
public record AuthorityCode(String value) {

	/** The codes, as a regular expression for Bean Validation's {@code @Pattern}. */
	public static final String PATTERN = "(E0[689]|E10|W06)\\d{6}";

	/** What a field that must hold one is told when it does not. */
	public static final String MESSAGE = "must be an ONS upper-tier authority code such as E06000047";

	private static final Pattern CODE = Pattern.compile(PATTERN);

	/**
	 * An authority code, checked once where the text becomes one.
	 * @throws IllegalArgumentException when {@code value} is not an authority code
	 */
	public AuthorityCode {
		if (value == null || !CODE.matcher(value).matches()) {
			throw new IllegalArgumentException("not an upper-tier authority code of England or Wales");
		}
	}

	/** The authority with this code; empty when the text is not an authority code. */
	public static Optional<AuthorityCode> parse(@Nullable String text) {
		return text != null && CODE.matcher(text).matches() ? Optional.of(new AuthorityCode(text)) : Optional.empty();
	}

	/** A Welsh authority (W06): the English Regulations do not apply to it. */
	public boolean welsh() {
		return value.startsWith("W");
	}

	/** Whether {@code text} is the code of a Welsh authority. */
	public static boolean isWelsh(String text) {
		return parse(text).map(AuthorityCode::welsh).orElse(false);
	}

	@Override
	public String toString() {
		return value;
	}

}
