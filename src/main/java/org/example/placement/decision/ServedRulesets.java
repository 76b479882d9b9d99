package org.example.placement.decision;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Port between the rule engine and the decision log, which may not know each other: the
 * files of each ruleset version this service let serve, taken from the ruleset itself, so
 * the log can archive a version with the first decision made under it.
 */
public interface ServedRulesets {

	/**
	 * Asks to be handed the files of each ruleset a reload lets serve, just before it
	 * serves, so the log can archive them then, on the reload's thread, instead of inside
	 * the group commit of the first decision made under it (which would hold up that
	 * group's requests); the default hands over nothing.
	 */
	default void beforeServing(Consumer<RulesetSources> keep) {
		// nothing is told ahead: each version is archived with its first decision
	}

	/** The files of {@code version}; empty when it never served here. */
	Optional<RulesetSources> sources(String version);

}
