package org.example.placement.decision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where one candidate stands after evaluation: whether it is excluded, its statutory
 * tier, its score split into the statutory factors' part ({@code england/...} rules:
 * s22C(8)-(9)) and local policy's part ({@code local/...} rules), and the matches behind
 * each. {@link #RANKING} is the ranking algorithm; {@link #SINGLE_SCORE} the one used
 * before issue 10, kept only so decisions logged under it replay exactly. {@code rules}
 * holds the rule of each match, in the order of the matches. Everything here is plain
 * loops: a 1 x 1,000 decision builds a thousand of these and compares them some ten
 * thousand times.
 */
record Standing(Candidate candidate, List<RuleDefinition> rules, boolean excluded, Tier tier, int score,
		int statutoryScore, int localScore) {

	/**
	 * Statutory factors before local policy: within a tier the statutory score decides,
	 * and local policy's score is compared only between candidates the statutory factors
	 * leave level, so no local weight, however large, can reverse an order a statutory
	 * factor sets.
	 */
	static final Comparator<Standing> RANKING = Standing::compareStatutoryFirst;

	/** Before issue 10: one score, statutory and local weights added together. */
	static final Comparator<Standing> SINGLE_SCORE = Standing::compareSingleScore;

	private static int compareStatutoryFirst(Standing a, Standing b) {
		int byTier = excludedThenTier(a, b);
		if (byTier != 0) {
			return byTier;
		}
		if (a.statutoryScore != b.statutoryScore) {
			return Integer.compare(b.statutoryScore, a.statutoryScore);
		}
		if (a.localScore != b.localScore) {
			return Integer.compare(b.localScore, a.localScore);
		}
		return tieBreaks(a, b);
	}

	private static int compareSingleScore(Standing a, Standing b) {
		int byTier = excludedThenTier(a, b);
		if (byTier != 0) {
			return byTier;
		}
		return a.score != b.score ? Integer.compare(b.score, a.score) : tieBreaks(a, b);
	}

	/** Candidates not excluded first, then by statutory tier. */
	private static int excludedThenTier(Standing a, Standing b) {
		if (a.excluded != b.excluded) {
			return a.excluded ? 1 : -1;
		}
		return a.tier.compareTo(b.tier);
	}

	/**
	 * Lower weekly cost first where given; unknown cost sorts after known cost. The
	 * reference breaks every remaining tie, so the result never depends on input order.
	 */
	private static int tieBreaks(Standing a, Standing b) {
		BigDecimal costA = a.candidate.weeklyCost();
		BigDecimal costB = b.candidate.weeklyCost();
		if (costA == null || costB == null) {
			if (costA != costB) {
				return costA == null ? 1 : -1;
			}
		}
		else {
			int byCost = costA.compareTo(costB);
			if (byCost != 0) {
				return byCost;
			}
		}
		return a.candidate.ref().compareTo(b.candidate.ref());
	}

	static Standing of(Candidate candidate, List<Match> matches) {
		RuleDefinition[] rules = new RuleDefinition[matches.size()];
		boolean excluded = false;
		Tier tier = null;
		int statutory = 0;
		int local = 0;
		for (int i = 0; i < rules.length; i++) {
			RuleDefinition rule = matches.get(i).rule();
			rules[i] = rule;
			excluded |= rule.effect() == Effect.EXCLUDE;
			if (rule.effect() == Effect.TIER && rule.tier() != null
					&& (tier == null || rule.tier().compareTo(tier) < 0)) {
				tier = rule.tier();
			}
			if (rule.local()) {
				local += rule.signedWeight();
			}
			else {
				statutory += rule.signedWeight();
			}
		}
		return new Standing(candidate, List.of(rules), excluded, tier == null ? Tier.OTHER : tier, statutory + local,
				statutory, local);
	}

	String ref() {
		return candidate.ref();
	}

	List<RuleDefinition> rules(Effect effect) {
		List<RuleDefinition> these = new ArrayList<>();
		for (RuleDefinition rule : rules) {
			if (rule.effect() == effect) {
				these.add(rule);
			}
		}
		return these;
	}

	/** The rules of every finding shown to callers, in the order of its matches. */
	List<RuleDefinition> visible() {
		List<RuleDefinition> these = new ArrayList<>(rules.size());
		for (RuleDefinition rule : rules) {
			if (rule.effect().visible()) {
				these.add(rule);
			}
		}
		return these;
	}

	List<RuleDefinition> weighted() {
		return weighted(null);
	}

	List<RuleDefinition> statutoryWeighted() {
		return weighted(false);
	}

	List<RuleDefinition> localWeighted() {
		return weighted(true);
	}

	/** The weighted rules, of local policy or of statute or ({@code null}) both. */
	private List<RuleDefinition> weighted(Boolean local) {
		List<RuleDefinition> these = new ArrayList<>();
		for (RuleDefinition rule : rules) {
			if (rule.effect().weighted() && (local == null || rule.local() == local)) {
				these.add(rule);
			}
		}
		return these;
	}

	List<RuleDefinition> tierRules() {
		List<RuleDefinition> these = new ArrayList<>();
		for (RuleDefinition rule : rules) {
			if (rule.effect() == Effect.TIER && rule.tier() == tier) {
				these.add(rule);
			}
		}
		return these;
	}

}
