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

	private RuleScope() {
	}

	/**
	 * @param files every rule file of the ruleset, relative to the rules directory
	 */
	public static boolean applies(RuleDefinition rule, String authority, Set<String> files) {
		if (!rule.local()) {
			return true;
		}
		String own = "local/" + authority + "/";
		if (rule.file().startsWith(own)) {
			return true;
		}
		String fallback = "local/default/";
		return rule.file().startsWith(fallback) && !files.contains(own + rule.file().substring(fallback.length()));
	}

}
