package org.example.placement.decision;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why {@code higher} ranks directly above {@code lower}: the first ranking step that
 * separated them, the rules behind it and, for the steps that weigh, what separated them:
 * {@code weights} holds the signed weight of each rule that applies to one of the two and
 * not the other (STATUTORY_FACTORS, LOCAL_POLICY, SCORE); {@code weeklyCosts} the two
 * costs when cost decided. The sentence ({@code reason}) is built on request
 * ({@link ExplainedDecision}).
 */
public record Comparison(String higher, String lower, DecidedBy decidedBy, List<String> ruleIds,
		Map<String, Integer> weights, Costs weeklyCosts) {

	public Comparison {
		ruleIds = List.copyOf(ruleIds);
		weights = weights == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(weights));
	}

	/** A step that weighs no rules and no cost: exclusion, tier or reference. */
	public Comparison(String higher, String lower, DecidedBy decidedBy, List<String> ruleIds) {
		this(higher, lower, decidedBy, ruleIds, Map.of(), null);
	}

	/** The weekly costs of the two, higher first; either may be unknown. */
	public record Costs(BigDecimal higher, BigDecimal lower) {
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
