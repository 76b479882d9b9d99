package org.example.placement.decision;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.example.placement.decision.Comparison.DecidedBy;

/**
 * Plain-language explanations, built only from rule metadata so citations are never
 * retyped.
 */
final class Explanations {

	private Explanations() {
	}

	static String of(RuleDefinition rule) {
		String what = switch (rule.effect()) {
			case EXCLUDE -> "Excluded: " + rule.title();
			case TIER -> "Tier " + rule.tier() + ": " + rule.title();
			case PREFER -> rule.title() + " (+" + rule.weight() + ")";
			case DISFAVOUR -> rule.title() + " (-" + rule.weight() + ")";
			case REQUIRE_APPROVAL -> "Needs approval by " + rule.approver() + ": " + rule.title();
			case NOTIFY ->
				"Notify " + rule.recipient() + (rule.due() == null ? "" : " " + rule.due()) + ": " + rule.title();
			case NOTE, DERIVE -> rule.title();
		};
		return what + " [" + rule.citation() + (rule.local() ? "; layer " + rule.layer() : "") + "]";
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
			List<RuleDefinition> differing = differing(higher.statutoryWeighted(), lower.statutoryWeighted());
			return new Comparison(higher.ref(), lower.ref(), DecidedBy.STATUTORY_FACTORS, ids(differing),
					"Same tier; statutory factors (s22C(8)-(9)) score " + higher.statutoryScore() + " against "
							+ lower.statutoryScore() + " (" + listed(differing, higher, lower) + "); local policy ("
							+ higher.localScore() + " against " + lower.localScore()
							+ ") is weighed only between candidates the statutory factors leave level");
		}
		if (higher.localScore() != lower.localScore()) {
			List<RuleDefinition> differing = differing(higher.localWeighted(), lower.localWeighted());
			return new Comparison(higher.ref(), lower.ref(), DecidedBy.LOCAL_POLICY, ids(differing),
					"Same tier and statutory factors (" + higher.statutoryScore() + " each); local policy score "
							+ higher.localScore() + " against " + lower.localScore() + " ("
							+ listed(differing, higher, lower) + ")");
		}
		return costOrRef(higher, lower, "Same tier, statutory factors and local policy",
				"Same tier, statutory factors, local policy and cost");
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
			List<RuleDefinition> differing = differing(higher.weighted(), lower.weighted());
			return new Comparison(higher.ref(), lower.ref(), DecidedBy.SCORE, ids(differing), "Same tier; score "
					+ higher.score() + " against " + lower.score() + " (" + listed(differing, higher, lower) + ")");
		}
		return costOrRef(higher, lower, "Same tier and score", "Same tier, score and cost");
	}

	private static Comparison exclusionOrTier(Standing higher, Standing lower) {
		if (lower.excluded()) {
			if (higher.excluded()) {
				return new Comparison(higher.ref(), lower.ref(), DecidedBy.REF, List.of(),
						"Both are excluded; excluded candidates are listed by reference");
			}
			List<RuleDefinition> bars = lower.rules(Effect.EXCLUDE);
			return new Comparison(higher.ref(), lower.ref(), DecidedBy.EXCLUSION, ids(bars),
					lower.ref() + " is excluded: " + describe(bars));
		}
		if (higher.tier() != lower.tier()) {
			List<RuleDefinition> tierRules = higher.tierRules();
			return new Comparison(higher.ref(), lower.ref(), DecidedBy.TIER, ids(tierRules),
					higher.ref() + " is in statutory tier " + higher.tier() + " (" + describe(tierRules) + "), above "
							+ lower.ref() + " in tier " + lower.tier());
		}
		return null;
	}

	private static Comparison costOrRef(Standing higher, Standing lower, String same, String sameWithCost) {
		if (!Objects.equals(higher.candidate().weeklyCost(), lower.candidate().weeklyCost())) {
			return new Comparison(higher.ref(), lower.ref(), DecidedBy.COST, List.of(), same + "; lower weekly cost ("
					+ higher.candidate().weeklyCost() + " against " + lower.candidate().weeklyCost() + ")");
		}
		return new Comparison(higher.ref(), lower.ref(), DecidedBy.REF, List.of(),
				sameWithCost + "; ordered by reference so the result is deterministic");
	}

	/** The weighted rules that apply to one of the two and not the other. */
	private static List<RuleDefinition> differing(List<RuleDefinition> higher, List<RuleDefinition> lower) {
		return Stream.concat(only(higher, lower).stream(), only(lower, higher).stream()).toList();
	}

	private static String listed(List<RuleDefinition> differing, Standing higher, Standing lower) {
		return differing.stream()
			.map(r -> r.id() + " " + signed(r.signedWeight()) + " for "
					+ (higher.weighted().contains(r) ? higher.ref() : lower.ref()))
			.collect(Collectors.joining(", "));
	}

	private static List<RuleDefinition> only(List<RuleDefinition> these, List<RuleDefinition> notThose) {
		return these.stream().filter(r -> !notThose.contains(r)).toList();
	}

	private static List<String> ids(List<RuleDefinition> rules) {
		return rules.stream().map(RuleDefinition::id).distinct().toList();
	}

	private static String describe(List<RuleDefinition> rules) {
		return rules.stream().map(r -> r.id() + " " + r.citation()).distinct().collect(Collectors.joining("; "));
	}

	private static String signed(int weight) {
		return weight >= 0 ? "+" + weight : String.valueOf(weight);
	}

}
