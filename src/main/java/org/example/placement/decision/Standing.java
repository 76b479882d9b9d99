package org.example.placement.decision;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Where one candidate stands after evaluation: whether it is excluded, its statutory tier,
 * its score, and the matches behind each. The natural order is the ranking algorithm.
 */
record Standing(Candidate candidate, List<Match> matches, boolean excluded, Tier tier, int score) {

	static final Comparator<Standing> RANKING = Comparator.comparing(Standing::excluded)
		.thenComparing(Standing::tier)
		.thenComparing(Comparator.comparingInt(Standing::score).reversed())
		// lower weekly cost first where given; unknown cost sorts after known cost
		.thenComparing(s -> s.candidate().weeklyCost(), Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
		// the reference breaks every remaining tie, so the result never depends on input order
		.thenComparing(s -> s.candidate().ref());

	static Standing of(Candidate candidate, List<Match> matches) {
		boolean excluded = matches.stream().anyMatch(m -> m.rule().effect() == Effect.EXCLUDE);
		Tier tier = matches.stream()
			.filter(m -> m.rule().effect() == Effect.TIER && m.rule().tier() != null)
			.map(m -> m.rule().tier())
			.min(Comparator.naturalOrder())
			.orElse(Tier.OTHER);
		int score = matches.stream().mapToInt(m -> m.rule().signedWeight()).sum();
		return new Standing(candidate, List.copyOf(matches), excluded, tier, score);
	}

	String ref() {
		return candidate.ref();
	}

	List<RuleDefinition> rules(Effect effect) {
		return matches.stream().map(Match::rule).filter(r -> r.effect() == effect).toList();
	}

	List<RuleDefinition> weighted() {
		return matches.stream().map(Match::rule).filter(r -> r.effect().weighted()).toList();
	}

	List<RuleDefinition> tierRules() {
		return rules(Effect.TIER).stream().filter(r -> r.tier() == tier).toList();
	}

}
