package org.example.placement.decision;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SSDA903 code lists (children looked after return), as accepted by the DfE validator in
 * recent collection years; these lists only reject codes that never existed in the lists
 * the service supports.
 *
 * <p>
 * Every PLACE code either names a kind of placement under Children Act 1989 s22C (the
 * rules in {@code rules/england/facts/placement-kind.drl} derive it) or is
 * {@linkplain #refusal refused} with the reason it is not a placement under s22C at all
 * (A3-A6, R5, T0-T4), so no code passes every exclusion for want of a kind
 * ({@code PlacementKindCoverageTests} checks this for every code). Collection years (law
 * catalogue part E2, from the DfE validator's rule 146): H5 and Z1 are valid to 2024-25
 * and replaced from 2025-26 (by K3 and by Z11-Z14); K3 is valid from 2024-25; P2 is
 * invalid for episodes open after 28 October 2023 and gone from 2025-26; the rest are
 * valid in every year. A code outside its years still names its setting truthfully, so it
 * keeps its kind and the rules for that setting apply; the service does not refuse it by
 * date.
 */
public final class Codes {

	/** Pseudonymous references: letters, digits and a few separators, never a name. */
	public static final String REF = "[A-Za-z0-9][A-Za-z0-9._:/-]*";

	public static final String REF_MESSAGE = "must be a pseudonymous reference (letters, digits, '.', '_', ':', '/', '-')";

	/**
	 * For a request field no rule reads any more (issue 10): kept only so logged requests
	 * still read.
	 */
	public static final String NOT_READ_MESSAGE = "is no longer read by any rule and would not change the decision; leave it out (see README, fields no rule reads)";

	/** The longest SSDA903 code a field takes; every code in the lists is shorter. */
	public static final int CODE_MAX = 8;

	/** The longest entry of a list of needs or references. */
	public static final int ENTRY_MAX = 64;

	/** The most entries a list of needs or references may hold. */
	public static final int LIST_MAX = 100;

	public static final String LEGAL_STATUS = "LS";

	public static final String PLACEMENT_TYPE = "PLACE";

	public static final String PROVIDER = "PLACE_PROVIDER";

	static final Map<String, Set<String>> LISTS = Map.of(LEGAL_STATUS,
			Set.of("C1", "C2", "D1", "E1", "V2", "V3", "V4", "J1", "J2", "J3", "L1", "L2", "L3"), PLACEMENT_TYPE,
			Set.of("A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1", "T0",
					"T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1", "Z11", "Z12", "Z13", "Z14"),
			PROVIDER, Set.of("PR0", "PR1", "PR2", "PR3", "PR4", "PR5"));

	/**
	 * PLACE codes that are not a placement a local authority makes under Children Act
	 * 1989 s22C, each with the reason a new request naming one is refused (422).
	 */
	static final Map<String, String> NOT_A_PLACEMENT_UNDER_S22C = Map.ofEntries(
			adoption("A3", "with parental or guardian consent (s19), with the current foster carer"),
			adoption("A4", "with parental or guardian consent (s19), not with the current foster carer"),
			adoption("A5", "under a placement order (s21), with the current foster carer"),
			adoption("A6", "under a placement order (s21), not with the current foster carer"),
			Map.entry("R5",
					"R5 (young offender institution or prison) is custody ordered by a court, not a placement "
							+ "under Children Act 1989 s22C: none of the four kinds in s22C(6)"),
			temporary("T0", "any temporary move"), temporary("T1", "a temporary period in hospital"),
			temporary("T2", "the child's temporary absence on holiday"),
			temporary("T3", "temporary accommodation while the usual foster carer is on holiday"),
			temporary("T4", "temporary accommodation of seven days or less not covered by T1-T3"));

	private static Map.Entry<String, String> adoption(String code, String how) {
		return Map.entry(code, code + " is placed for adoption " + how + " under the Adoption and Children Act "
				+ "2002 s18, not a placement under Children Act 1989 s22C; the adoption agency decides it under that Act");
	}

	private static Map.Entry<String, String> temporary(String code, String what) {
		return Map.entry(code,
				code + " records " + what + " during a placement in the SSDA903 return, not a "
						+ "placement under Children Act 1989 s22C; send the code of the setting itself (e.g. U4-U6 for "
						+ "another foster carer, R2 for a hospital)");
	}

	private Codes() {
	}

	/**
	 * Why a code of the named list cannot be decided as a placement under s22C, or empty
	 * when it can (or is not in the list at all: {@link SsdaCode} reports that).
	 */
	public static Optional<String> refusal(String list, String code) {
		return PLACEMENT_TYPE.equals(list) ? Optional.ofNullable(NOT_A_PLACEMENT_UNDER_S22C.get(code))
				: Optional.empty();
	}

	/**
	 * {@link #refusal(String, String)} in the words of the law the responsible authority
	 * places under: for a Welsh authority ({@code welsh}), s81 of the Social Services and
	 * Well-being (Wales) Act 2014, whose s81(6) lists the same four kinds of placement as
	 * s22C(6).
	 */
	public static Optional<String> refusal(String list, String code, boolean welsh) {
		return refusal(list, code).map(reason -> welsh ? inWelshLaw(reason) : reason);
	}

	private static String inWelshLaw(String reason) {
		return reason.replace("Children Act 1989 s22C", "s81 of the Social Services and Well-being (Wales) Act 2014")
			.replace("s22C(6)", "s81(6)");
	}

	/** The codes of a list, sorted. */
	public static List<String> codes(String list) {
		return LISTS.getOrDefault(list, Set.of()).stream().sorted().toList();
	}

	/** Whether {@code code} is in the named SSDA903 list. */
	public static boolean isValid(String list, String code) {
		return LISTS.getOrDefault(list, Set.of()).contains(code);
	}

	/** The codes of a list, sorted, for error messages. */
	public static String describe(String list) {
		return String.join(", ", LISTS.getOrDefault(list, Set.of()).stream().sorted().toList());
	}

}
