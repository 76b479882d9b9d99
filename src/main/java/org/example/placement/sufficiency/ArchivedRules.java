package org.example.placement.sufficiency;

import org.example.placement.decision.RuleEngine;
import org.example.placement.decision.RulesetSources;

/**
 * Port to compile an archived ruleset for a replay: the placement engine and the duty
 * rules of exactly those files (the engine implements it).
 */
public interface ArchivedRules {

	/** Fails if the files do not hash to {@code sources.version()}. */
	Rules rulesOf(RulesetSources sources);

	/** One ruleset, as the placement engine and as the duty rules. */
	record Rules(RuleEngine placement, DutyRules duty) {
	}

}
