package org.example.placement.decision;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Where one candidate stands after evaluation: whether it is excluded, its statutory
 * tier, its score split into the statutory factors' part ({@code england/...} rules:
 * s22C(8)-(9)) and local policy's part ({@code local/...} rules), and the matches behind
 * each. {@link #RANKING} is the ranking algorithm; {@link #SINGLE_SCORE} the one used
 * before issue 10, kept only so decisions logged under it replay exactly.
 */
record Standing(Candidate candidate, List<Match> matches, boolean excluded, Tier tier, int score, int statutoryScore,
		int localScore) {

	/**
	 * Statutory factors before local policy: within a tier the statutory score decides,
	 * and local policy's score is compared only between candidates the statutory factors
	 * leave level, so no local weight, however large, can reverse an order a statutory
	 * factor sets.
	 */
	static final Comparator<Standing> RANKING = Comparator.comparing(Standing::excluded)
		.thenComparing(Standing::tier)
		.thenComparing(Comparator.comparingInt(Standing::statutoryScore).reversed())
		.thenComparing(Comparator.comparingInt(Standing::localScore).reversed())
		.thenComparing(Standing::tieBreaks);

	/** Before issue 10: one score, statutory and local weights added together. */
	static final Comparator<Standing> SINGLE_SCORE = Comparator.comparing(Standing::excluded)
		.thenComparing(Standing::tier)
		.thenComparing(Comparator.comparingInt(Standing::score).reversed())
		.thenComparing(Standing::tieBreaks);

	/**
	 * Lower weekly cost first where given; unknown cost sorts after known cost. The
	 * reference breaks every remaining tie, so the result never depends on input order.
	 */
	private static final Comparator<Standing> TIE_BREAKS = Comparator
		.comparing((Standing s) -> s.candidate().weeklyCost(),
				Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
		.thenComparing(s -> s.candidate().ref());

	private static int tieBreaks(Standing a, Standing b) {
		return TIE_BREAKS.compare(a, b);
	}

	static Standing of(Candidate candidate, List<Match> matches) {
		boolean excluded = matches.stream().anyMatch(m -> m.rule().effect() == Effect.EXCLUDE);
		Tier tier = matches.stream()
			.filter(m -> m.rule().effect() == Effect.TIER && m.rule().tier() != null)
			.map(m -> m.rule().tier())
			.min(Comparator.naturalOrder())
			.orElse(Tier.OTHER);
		int statutory = matches.stream().filter(m -> !m.rule().local()).mapToInt(m -> m.rule().signedWeight()).sum();
		int local = matches.stream().filter(m -> m.rule().local()).mapToInt(m -> m.rule().signedWeight()).sum();
		return new Standing(candidate, List.copyOf(matches), excluded, tier, statutory + local, statutory, local);
	}

	String ref() {
		return candidate.ref();
	}

	List<RuleDefinition> rules(Effect effect) {
		return matches.stream().map(Match::rule).filter(r -> r.effect() == effect).toList();
	}

	/** The rules of every finding shown to callers, in the order of its matches. */
	List<RuleDefinition> visible() {
		return matches.stream().map(Match::rule).filter(r -> r.effect().visible()).toList();
	}

	List<RuleDefinition> weighted() {
		return matches.stream().map(Match::rule).filter(r -> r.effect().weighted()).toList();
	}

	List<RuleDefinition> statutoryWeighted() {
		return weighted().stream().filter(r -> !r.local()).toList();
	}

	List<RuleDefinition> localWeighted() {
		return weighted().stream().filter(RuleDefinition::local).toList();
	}

	List<RuleDefinition> tierRules() {
		return rules(Effect.TIER).stream().filter(r -> r.tier() == tier).toList();
	}

}
