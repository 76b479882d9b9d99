package org.example.placement.decision;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
	 * The provision a placement is made under, and its subsection listing the four kinds.
	 */
	private record PlacementLaw(String section, String kinds) {

		static final PlacementLaw ENGLAND = new PlacementLaw("Children Act 1989 s22C", "s22C(6)");

		static final PlacementLaw WALES = new PlacementLaw("s81 of the Social Services and Well-being (Wales) Act 2014",
				"s81(6)");

	}

	/**
	 * PLACE codes that are not a placement a local authority makes under Children Act
	 * 1989 s22C (or, for a Welsh authority, s81 of the 2014 Act, whose s81(6) lists the
	 * same four kinds), each with the reason a new request naming one is refused (422),
	 * in the words of that law.
	 */
	private static final Map<String, Function<PlacementLaw, String>> NOT_A_PLACEMENT = Map.ofEntries(
			adoption("A3", "with parental or guardian consent (s19), with the current foster carer"),
			adoption("A4", "with parental or guardian consent (s19), not with the current foster carer"),
			adoption("A5", "under a placement order (s21), with the current foster carer"),
			adoption("A6", "under a placement order (s21), not with the current foster carer"),
			Map.entry("R5",
					law -> "R5 (young offender institution or prison) is custody ordered by a court, not a placement "
							+ "under " + law.section() + ": none of the four kinds in " + law.kinds()),
			temporary("T0", "any temporary move"), temporary("T1", "a temporary period in hospital"),
			temporary("T2", "the child's temporary absence on holiday"),
			temporary("T3", "temporary accommodation while the usual foster carer is on holiday"),
			temporary("T4", "temporary accommodation of seven days or less not covered by T1-T3"));

	private static Map.Entry<String, Function<PlacementLaw, String>> adoption(String code, String how) {
		return Map.entry(code,
				law -> code + " is placed for adoption " + how + " under the Adoption and Children Act "
						+ "2002 s18, not a placement under " + law.section()
						+ "; the adoption agency decides it under that Act");
	}

	private static Map.Entry<String, Function<PlacementLaw, String>> temporary(String code, String what) {
		return Map.entry(code,
				law -> code + " records " + what + " during a placement in the SSDA903 return, not a "
						+ "placement under " + law.section() + "; send the code of the setting itself (e.g. U4-U6 for "
						+ "another foster carer, R2 for a hospital)");
	}

	private Codes() {
	}

	/**
	 * Why a code of the named list cannot be decided as a placement under s22C, or empty
	 * when it can (or is not in the list at all: {@link SsdaCode} reports that).
	 */
	public static Optional<String> refusal(String list, String code) {
		return refusal(list, code, false);
	}

	/**
	 * {@link #refusal(String, String)} in the words of the law the responsible authority
	 * places under: s81 of the 2014 Act for a Welsh authority ({@code welsh}).
	 */
	public static Optional<String> refusal(String list, String code, boolean welsh) {
		return PLACEMENT_TYPE.equals(list) ? Optional.ofNullable(NOT_A_PLACEMENT.get(code))
			.map(reason -> reason.apply(welsh ? PlacementLaw.WALES : PlacementLaw.ENGLAND)) : Optional.empty();
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
