package org.example.placement.decision;

import java.util.Optional;

/**
 * Port between the rule engine and the decision log, which may not know each other: the
 * files of each ruleset version this service let serve, taken from the ruleset itself, so
 * the log can archive a version with the first decision made under it.
 */
public interface ServedRulesets {

	/** The files of {@code version}; empty when it never served here. */
	Optional<RulesetSources> sources(String version);

}
