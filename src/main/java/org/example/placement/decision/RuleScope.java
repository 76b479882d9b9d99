package org.example.placement.decision;

import java.util.Set;

/**
 * Which rules apply to a request, by its responsible authority. The statutory layers
 * always apply. Local policy comes from {@code local/<authority>/} and from
 * {@code local/default/}, file by file: an authority's file replaces the default file of
 * the same name, so an authority writes down only where its policy differs. Other
 * authorities' files never apply.
 */
public final class RuleScope {

	/** The folder of the local policy used where an authority has none of its own. */
	public static final String DEFAULT = "default";

	private RuleScope() {
	}

	/**
	 * @param files every rule file of the ruleset, relative to the rules directory
	 */
	public static boolean applies(RuleDefinition rule, String authority, Set<String> files) {
		if (!rule.local()) {
			return true;
		}
		String own = Layer.localNameOf(authority);
		if (rule.layer().equals(own)) {
			return true;
		}
		String fallback = Layer.localNameOf(DEFAULT);
		return rule.layer().equals(fallback) && !files.contains(own + "/" + rule.fileInLayer());
	}

}
