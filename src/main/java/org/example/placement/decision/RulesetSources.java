package org.example.placement.decision;

import java.util.Map;
import java.util.TreeMap;
import java.util.Collections;

/**
 * The rule files of one ruleset version, by path relative to the rules directory: what
 * the ruleset archive stores so that any past decision can be replayed under exactly its
 * rules.
 */
public record RulesetSources(String version, Map<String, String> files) {

	public RulesetSources {
		files = Collections.unmodifiableMap(new TreeMap<>(files));
	}

}
