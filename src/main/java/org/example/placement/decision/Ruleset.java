package org.example.placement.decision;

import java.time.Instant;
import java.util.List;

/**
 * A loaded ruleset: its version (SHA-256 of sorted paths and contents), when it was
 * loaded, and its rules.
 */
public record Ruleset(String version, Instant loadedAt, String location, List<String> files,
		List<RuleDefinition> rules) {

	public Ruleset {
		files = List.copyOf(files);
		rules = List.copyOf(rules);
	}

}
