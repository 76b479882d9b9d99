package org.example.placement.decision;

import java.util.List;

/**
 * Why {@code higher} ranks directly above {@code lower}: the first ranking step that
 * separated them.
 */
public record Comparison(String higher, String lower, DecidedBy decidedBy, List<String> ruleIds, String reason) {

	public Comparison {
		ruleIds = List.copyOf(ruleIds);
	}

	/**
	 * The steps of the ranking algorithm, in order: EXCLUSION, TIER, STATUTORY_FACTORS
	 * (the s22C(8)-(9) weights of {@code england/} rules), LOCAL_POLICY (the weights of
	 * {@code local/} rules), COST, REF. SCORE (statutory and local weights added
	 * together) is the step decisions made before issue 10 recorded; it is kept so they
	 * still read and replay, and no new decision uses it.
	 */
	public enum DecidedBy {

		EXCLUSION, TIER, SCORE, COST, REF, STATUTORY_FACTORS, LOCAL_POLICY

	}

}
