package org.example.placement.decision;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * How an outcome departs from its decision. The top candidate is the first-ranked
 * eligible one ({@link Decision#topChoice()}); choosing any other is an override. The
 * rules it overrode are those that put the top candidate above the chosen one:
 * <ul>
 * <li>the chosen candidate was excluded: the rules that excluded it (EXCLUDE);</li>
 * <li>the two are in different statutory tiers: the TIER rules that apply to one of them
 * and not the other;</li>
 * <li>the same tier: the PREFER rules that apply to the top candidate and not the chosen
 * one, and the DISFAVOUR rules that apply to the chosen one and not the top.</li>
 * </ul>
 * An override between two candidates that only cost or reference separated overrode no
 * rule. Rules that favoured the chosen candidate were followed, not overridden.
 */
public record Divergence(@Nullable String topRef, String chosenRef, boolean override, boolean chosenExcluded,
		List<String> overriddenRules) {

	public Divergence {
		overriddenRules = List.copyOf(overriddenRules);
	}

	/**
	 * @throws IllegalArgumentException when the decision holds no such candidate
	 */
	public static Divergence of(Decision decision, String chosenRef) {
		RankedCandidate chosen = decision.candidate(chosenRef)
			.orElseThrow(() -> new IllegalArgumentException("not a candidate of the decision"));
		String topRef = decision.topChoice().orElse(null);
		boolean override = !chosenRef.equals(topRef);
		if (!override) {
			return new Divergence(topRef, chosenRef, false, false, List.of());
		}
		if (chosen.excluded()) {
			return new Divergence(topRef, chosenRef, true, true, new TreeSet<>(chosen.excludedBy()).stream().toList());
		}
		Optional<RankedCandidate> top = topRef == null ? Optional.empty() : decision.candidate(topRef);
		return new Divergence(topRef, chosenRef, true, false, top.map((t) -> overridden(t, chosen)).orElse(List.of()));
	}

	private static List<String> overridden(RankedCandidate top, RankedCandidate chosen) {
		Set<String> rules = new TreeSet<>();
		if (top.tier() != chosen.tier()) {
			Set<String> topTiers = rules(top, Effect.TIER);
			Set<String> chosenTiers = rules(chosen, Effect.TIER);
			topTiers.stream().filter((r) -> !chosenTiers.contains(r)).forEach(rules::add);
			chosenTiers.stream().filter((r) -> !topTiers.contains(r)).forEach(rules::add);
		}
		else {
			Set<String> chosenPrefer = rules(chosen, Effect.PREFER);
			Set<String> topDisfavour = rules(top, Effect.DISFAVOUR);
			rules(top, Effect.PREFER).stream().filter((r) -> !chosenPrefer.contains(r)).forEach(rules::add);
			rules(chosen, Effect.DISFAVOUR).stream().filter((r) -> !topDisfavour.contains(r)).forEach(rules::add);
		}
		return List.copyOf(rules);
	}

	private static Set<String> rules(RankedCandidate candidate, Effect effect) {
		return candidate.findings()
			.stream()
			.filter((f) -> f.effect() == effect)
			.map(RankedCandidate.Finding::ruleId)
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
