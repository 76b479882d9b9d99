package org.example.placement.decision;

import java.util.Set;

/**
 * Which rules apply to a request, by its responsible authority. Of the statutory layers,
 * only the law of the authority's country applies: {@code wales/} for a Welsh authority
 * (W06: the Social Services and Well-being (Wales) Act 2014), {@code england/} for every
 * other. Local policy comes from {@code local/<authority>/} and from the default of the
 * authority's country, file by file: {@code local/default/} for an English authority,
 * {@code local/default/wales/} for a Welsh one. An authority's file replaces the default
 * file of the same name, so an authority writes down only where its policy differs; a
 * decision table replaces its namesake whether either is saved as CSV or as a workbook
 * ({@code kind-order.drl.xlsx} replaces {@code kind-order.drl.csv}). Other authorities'
 * files never apply.
 */
public final class RuleScope {

	/** The folder of the local policy used where an authority has none of its own. */
	public static final String DEFAULT = "default";

	/**
	 * The folder, within {@code local/default/}, of the default policy of Welsh
	 * authorities.
	 */
	public static final String WELSH_DEFAULT = "wales/";

	private static final String CSV_TABLE = ".drl.csv";

	private static final String WORKBOOK_TABLE = ".drl.xlsx";

	private RuleScope() {
	}

	/** The statutory layer whose law a responsible authority places children under. */
	public static Layer statutoryLayerOf(String authority) {
		return AuthorityCode.isWelsh(authority) ? Layer.WALES : Layer.ENGLAND;
	}

	/**
	 * @param files every rule file of the ruleset, relative to the rules directory
	 */
	public static boolean applies(RuleDefinition rule, String authority, Set<String> files) {
		if (!rule.local()) {
			return rule.layerKind() == statutoryLayerOf(authority);
		}
		String own = Layer.localNameOf(authority);
		if (rule.layer().equals(own)) {
			return true;
		}
		if (!rule.layer().equals(Layer.localNameOf(DEFAULT))) {
			return false;
		}
		String inLayer = rule.fileInLayer();
		boolean welshDefault = inLayer.startsWith(WELSH_DEFAULT);
		if (welshDefault != AuthorityCode.isWelsh(authority)) {
			return false;
		}
		String name = welshDefault ? inLayer.substring(WELSH_DEFAULT.length()) : inLayer;
		return !files.contains(own + "/" + name) && !files.contains(own + "/" + tableTwin(name));
	}

	/** The same decision table in the other format, or the name itself if not a table. */
	private static String tableTwin(String name) {
		if (name.endsWith(CSV_TABLE)) {
			return name.substring(0, name.length() - CSV_TABLE.length()) + WORKBOOK_TABLE;
		}
		if (name.endsWith(WORKBOOK_TABLE)) {
			return name.substring(0, name.length() - WORKBOOK_TABLE.length()) + CSV_TABLE;
		}
		return name;
	}

}
