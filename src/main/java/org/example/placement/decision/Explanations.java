package org.example.placement.decision;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.example.placement.decision.Comparison.DecidedBy;

/** Plain-language explanations, built only from rule metadata so citations are never retyped. */
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
			case NOTIFY -> "Notify " + rule.recipient() + (rule.due() == null ? "" : " " + rule.due()) + ": "
					+ rule.title();
			case NOTE, DERIVE -> rule.title();
		};
		return what + " [" + rule.citation() + (rule.local() ? "; layer " + rule.layer() : "") + "]";
	}

	static Comparison compare(Standing higher, Standing lower) {
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
		if (higher.score() != lower.score()) {
			List<RuleDefinition> differing = Stream
				.concat(only(higher.weighted(), lower.weighted()).stream(),
						only(lower.weighted(), higher.weighted()).stream())
				.toList();
			return new Comparison(higher.ref(), lower.ref(), DecidedBy.SCORE, ids(differing),
					"Same tier; score " + higher.score() + " against " + lower.score() + " ("
							+ differing.stream()
								.map(r -> r.id() + " " + signed(r.signedWeight()) + " for "
										+ (higher.weighted().contains(r) ? higher.ref() : lower.ref()))
								.collect(Collectors.joining(", "))
							+ ")");
		}
		if (!Objects.equals(higher.candidate().weeklyCost(), lower.candidate().weeklyCost())) {
			return new Comparison(higher.ref(), lower.ref(), DecidedBy.COST, List.of(),
					"Same tier and score; lower weekly cost (" + higher.candidate().weeklyCost() + " against "
							+ lower.candidate().weeklyCost() + ")");
		}
		return new Comparison(higher.ref(), lower.ref(), DecidedBy.REF, List.of(),
				"Same tier, score and cost; ordered by reference so the result is deterministic");
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
