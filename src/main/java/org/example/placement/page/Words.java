package org.example.placement.page;

import java.util.Locale;
import java.util.Map;

import org.example.placement.geography.Authorities;

/**
 * Codes as people read them: SSDA903 legal statuses in the words of the return's
 * guidance, an enum constant as a phrase ({@code CONNECTED_PERSON_FOSTER}: "Connected
 * person foster"), an authority by its name and code.
 */
final class Words {

	private static final Map<String, String> LEGAL_STATUS = Map.ofEntries(
			Map.entry("C1", "interim care order (Children Act 1989 s38)"),
			Map.entry("C2", "full care order (Children Act 1989 s31)"), Map.entry("D1", "freeing order granted"),
			Map.entry("E1", "placement order granted"),
			Map.entry("V2", "accommodated under s20, a single period of accommodation"),
			Map.entry("V3", "accommodated under an agreed series of short-term breaks (episodes recorded)"),
			Map.entry("V4", "accommodated under an agreed series of short-term breaks (agreements recorded)"),
			Map.entry("J1", "remanded to local authority or youth detention accommodation"),
			Map.entry("J2", "placed in local authority accommodation under PACE 1984"),
			Map.entry("J3", "sentenced to a youth rehabilitation order with a residence or fostering requirement"),
			Map.entry("L1", "under police protection, in local authority accommodation"),
			Map.entry("L2", "emergency protection order"),
			Map.entry("L3", "child assessment order, in local authority accommodation"));

	private Words() {
	}

	static String legalStatus(String code) {
		String words = LEGAL_STATUS.get(code);
		return words == null ? code : words + " (" + code + ")";
	}

	/** {@code CONNECTED_PERSON_FOSTER}: "Connected person foster"; null stays null. */
	static String phrase(Enum<?> value) {
		if (value == null) {
			return null;
		}
		String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/**
	 * A recipient as a rule names it, in words: {@code PREVIOUS_CARER} "previous carer";
	 * an initialism ({@code GP}, {@code IRO}) stays as it is.
	 */
	static String recipient(String code) {
		if (code == null || code.length() <= 3) {
			return code;
		}
		return code.replace('_', ' ').toLowerCase(Locale.ROOT);
	}

	/** "County Durham (E06000047)", or the code alone when its name is not known. */
	static String authority(String code, Authorities names) {
		if (code == null) {
			return null;
		}
		return names.nameOf(code).map(name -> name + " (" + code + ")").orElse(code);
	}

}
