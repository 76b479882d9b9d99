package org.example.placement.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.example.placement.decision.Comparison.Costs;
import org.example.placement.decision.Comparison.DecidedBy;

/**
 * What separated two neighbours in the ranking: the step, the rules behind it and, for
 * the steps that weigh, the weights or costs that differed. The sentences saying so are
 * {@link Sentences}', built from this on request.
 */
final class Explanations {

	private Explanations() {
	}

	/**
	 * What separated two neighbours under today's algorithm: statutory factors before
	 * local policy.
	 */
	static Comparison compare(Standing higher, Standing lower) {
		Comparison above = exclusionOrTier(higher, lower);
		if (above != null) {
			return above;
		}
		if (higher.statutoryScore() != lower.statutoryScore()) {
			return weighed(higher, lower, DecidedBy.STATUTORY_FACTORS,
					differing(higher.statutoryWeighted(), lower.statutoryWeighted()));
		}
		if (higher.localScore() != lower.localScore()) {
			return weighed(higher, lower, DecidedBy.LOCAL_POLICY,
					differing(higher.localWeighted(), lower.localWeighted()));
		}
		return costOrRef(higher, lower);
	}

	/**
	 * What separated two neighbours under the algorithm of decisions made before issue 10
	 * (one score).
	 */
	static Comparison compareSingleScore(Standing higher, Standing lower) {
		Comparison above = exclusionOrTier(higher, lower);
		if (above != null) {
			return above;
		}
		if (higher.score() != lower.score()) {
			return weighed(higher, lower, DecidedBy.SCORE, differing(higher.weighted(), lower.weighted()));
		}
		return costOrRef(higher, lower);
	}

	private static Comparison exclusionOrTier(Standing higher, Standing lower) {
		if (lower.excluded()) {
			if (higher.excluded()) {
				return new Comparison(higher.ref(), lower.ref(), DecidedBy.REF, List.of());
			}
			return new Comparison(higher.ref(), lower.ref(), DecidedBy.EXCLUSION, ids(lower.rules(Effect.EXCLUDE)));
		}
		if (higher.tier() != lower.tier()) {
			return new Comparison(higher.ref(), lower.ref(), DecidedBy.TIER, ids(higher.tierRules()));
		}
		return null;
	}

	private static Comparison weighed(Standing higher, Standing lower, DecidedBy step, List<RuleDefinition> rules) {
		Map<String, Integer> weights = new LinkedHashMap<>();
		for (RuleDefinition r : rules) {
			weights.putIfAbsent(r.id(), r.signedWeight());
		}
		return new Comparison(higher.ref(), lower.ref(), step, ids(rules), weights, null);
	}

	private static Comparison costOrRef(Standing higher, Standing lower) {
		if (!Objects.equals(higher.candidate().weeklyCost(), lower.candidate().weeklyCost())) {
			return new Comparison(higher.ref(), lower.ref(), DecidedBy.COST, List.of(), Map.of(),
					new Costs(higher.candidate().weeklyCost(), lower.candidate().weeklyCost()));
		}
		return new Comparison(higher.ref(), lower.ref(), DecidedBy.REF, List.of());
	}

	/** The weighted rules that apply to one of the two and not the other. */
	private static List<RuleDefinition> differing(List<RuleDefinition> higher, List<RuleDefinition> lower) {
		List<RuleDefinition> differing = new ArrayList<>();
		only(higher, lower, differing);
		only(lower, higher, differing);
		return differing;
	}

	private static void only(List<RuleDefinition> these, List<RuleDefinition> notThose, List<RuleDefinition> into) {
		for (RuleDefinition r : these) {
			if (!notThose.contains(r)) {
				into.add(r);
			}
		}
	}

	private static List<String> ids(List<RuleDefinition> rules) {
		List<String> ids = new ArrayList<>(rules.size());
		for (RuleDefinition r : rules) {
			if (!ids.contains(r.id())) {
				ids.add(r.id());
			}
		}
		return ids;
	}

}
