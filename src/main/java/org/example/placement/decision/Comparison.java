package org.example.placement.decision;

import java.util.List;

/** Why {@code higher} ranks directly above {@code lower}: the first ranking step that separated them. */
public record Comparison(String higher, String lower, DecidedBy decidedBy, List<String> ruleIds, String reason) {

	public Comparison {
		ruleIds = List.copyOf(ruleIds);
	}

	/** The steps of the ranking algorithm, in order. */
	public enum DecidedBy {

		EXCLUSION, TIER, SCORE, COST, REF

	}

}
