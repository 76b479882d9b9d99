package org.example.placement.decision;

import java.util.Map;
import java.util.Set;

/**
 * SSDA903 code lists (children looked after return), as accepted by the DfE validator in
 * recent collection years. Which codes are valid on a given date is checked by the rules;
 * these lists only reject codes that never existed in the lists the service supports.
 */
public final class Codes {

	/** Pseudonymous references: letters, digits and a few separators, never a name. */
	public static final String REF = "[A-Za-z0-9][A-Za-z0-9._:/-]*";

	public static final String REF_MESSAGE = "must be a pseudonymous reference (letters, digits, '.', '_', ':', '/', '-')";

	/** For a request field no rule reads any more (issue 10): kept only so logged requests still read. */
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

	static final Map<String, Set<String>> LISTS = Map.of(
			LEGAL_STATUS, Set.of("C1", "C2", "D1", "E1", "V2", "V3", "V4", "J1", "J2", "J3", "L1", "L2", "L3"),
			PLACEMENT_TYPE, Set.of("A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1", "P2", "P3", "R1", "R2", "R3",
					"R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1", "Z11", "Z12",
					"Z13", "Z14"),
			PROVIDER, Set.of("PR0", "PR1", "PR2", "PR3", "PR4", "PR5"));

	private Codes() {
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
