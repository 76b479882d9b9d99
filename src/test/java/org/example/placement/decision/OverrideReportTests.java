package org.example.placement.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.example.placement.decision.OverrideReport.AuthorityLine;
import org.example.placement.decision.OverrideReport.ReasonLine;
import org.example.placement.decision.OverrideReport.RuleLine;
import org.example.placement.decision.RankedCandidate.Finding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overrides report's numbers on a known set of outcomes, and which rules an override
 * overrode ({@link Divergence}). Every decision has the same four candidates: T
 * recommended (near home, keeps siblings together), S eligible (near home, a long journey
 * to school), C eligible with T's findings (only cost put it lower), X excluded (a
 * statutory bar).
 */
class OverrideReportTests {

	static final String DURHAM = "E06000047";

	static final String SUNDERLAND = "E08000024";

	static final LocalDate DAY = LocalDate.of(2026, 11, 30);

	@Test
	void countsOverridesByAuthorityReasonAndRule() {
		OverrideReport.Counter counter = new OverrideReport.Counter(null, null, null);
		counter.add(decision(DURHAM), outcome("T", null));
		counter.add(decision(DURHAM), outcome("S", ReasonCode.CHILD_WISHES));
		counter.add(decision(DURHAM), outcome("X", ReasonCode.COURT_ORDER));
		counter.add(decision(DURHAM), outcome("T", null));
		counter.add(decision(SUNDERLAND), outcome("C", ReasonCode.VACANCY_LOST));
		counter.add(decision(SUNDERLAND), outcome("S", ReasonCode.CHILD_WISHES));
		counter.add(decision(SUNDERLAND), outcome("T", null));

		OverrideReport report = counter.result();

		assertThat(report.outcomes()).isEqualTo(7);
		assertThat(report.overrides()).isEqualTo(4);
		assertThat(report.rate()).isEqualTo(0.571);
		assertThat(report.courtOrdered()).isEqualTo(1);
		assertThat(report.withoutRule()).isEqualTo(1);
		assertThat(report.byAuthority()).containsExactly(new AuthorityLine(DURHAM, 4, 2, 0.5),
				new AuthorityLine(SUNDERLAND, 3, 2, 0.667));
		assertThat(report.byReason()).containsExactly(new ReasonLine(ReasonCode.CHILD_WISHES, 2),
				new ReasonLine(ReasonCode.COURT_ORDER, 1), new ReasonLine(ReasonCode.VACANCY_LOST, 1));
		assertThat(report.byRule()).containsExactly(line("R-BAR", Effect.EXCLUDE, 1, 0.143),
				line("R-FAR", Effect.DISFAVOUR, 2, 0.286), line("R-SIB", Effect.PREFER, 2, 0.286));
		assertThat(report.mostOverridden()).extracting(RuleLine::ruleId).containsExactly("R-FAR", "R-SIB", "R-BAR");
	}

	@Test
	void anEmptyReportHasRatesOfNought() {
		OverrideReport report = new OverrideReport.Counter(DURHAM, DAY, DAY).result();

		assertThat(report.outcomes()).isZero();
		assertThat(report.rate()).isZero();
		assertThat(report.byRule()).isEmpty();
		assertThat(report.authority()).isEqualTo(DURHAM);
	}

	@Test
	void theTopCandidateOverridesNothing() {
		assertThat(Divergence.of(decision(DURHAM), "T")).isEqualTo(new Divergence("T", "T", false, false, List.of()));
	}

	@Test
	void inTheSameTierThePreferencesTheChosenLacksAndTheDisfavoursItHasWereOverridden() {
		assertThat(Divergence.of(decision(DURHAM), "S").overriddenRules()).containsExactly("R-FAR", "R-SIB");
	}

	@Test
	void anExcludedChoiceOverridesTheRulesThatExcludedIt() {
		Divergence divergence = Divergence.of(decision(DURHAM), "X");

		assertThat(divergence.chosenExcluded()).isTrue();
		assertThat(divergence.overriddenRules()).containsExactly("R-BAR");
	}

	@Test
	void acrossTiersTheTierRulesThatDifferWereOverridden() {
		RankedCandidate parent = candidate("P", 1, RankedCandidate.Status.RECOMMENDED, Tier.PARENT,
				List.of(new Finding("R-PARENT", Effect.TIER, null), new Finding("R-NEAR", Effect.PREFER, 20)));
		RankedCandidate other = candidate("O", 2, RankedCandidate.Status.ELIGIBLE, Tier.OTHER,
				List.of(new Finding("R-SIB", Effect.PREFER, 30)));
		Decision decision = new Decision("D", "v", DAY, DURHAM, List.of(parent, other), List.of(), List.of());

		assertThat(Divergence.of(decision, "O").overriddenRules()).containsExactly("R-PARENT");
	}

	static Decision decision(String authority) {
		List<RankedCandidate> candidates = new ArrayList<>();
		candidates.add(candidate("T", 1, RankedCandidate.Status.RECOMMENDED, Tier.OTHER,
				List.of(new Finding("R-NEAR", Effect.PREFER, 20), new Finding("R-SIB", Effect.PREFER, 30))));
		candidates.add(candidate("S", 2, RankedCandidate.Status.ELIGIBLE, Tier.OTHER,
				List.of(new Finding("R-NEAR", Effect.PREFER, 20), new Finding("R-FAR", Effect.DISFAVOUR, 10))));
		candidates.add(candidate("C", 3, RankedCandidate.Status.ELIGIBLE, Tier.OTHER,
				List.of(new Finding("R-NEAR", Effect.PREFER, 20), new Finding("R-SIB", Effect.PREFER, 30))));
		candidates.add(candidate("X", null, RankedCandidate.Status.EXCLUDED, Tier.OTHER,
				List.of(new Finding("R-BAR", Effect.EXCLUDE, null), new Finding("R-SIB", Effect.PREFER, 30))));
		Map<String, RuleSummary> rules = Map.of("R-NEAR", summary("R-NEAR", Effect.PREFER), "R-SIB",
				summary("R-SIB", Effect.PREFER), "R-FAR", summary("R-FAR", Effect.DISFAVOUR), "R-BAR",
				summary("R-BAR", Effect.EXCLUDE));
		return new Decision("D-" + authority, "v", DAY, authority, candidates, List.of(), List.of(), null, List.of(),
				List.of(), rules);
	}

	private static RankedCandidate candidate(String ref, Integer rank, RankedCandidate.Status status, Tier tier,
			List<Finding> findings) {
		return new RankedCandidate(ref, rank, status, tier, 0, BigDecimal.ONE, DURHAM, Location.IN, false, findings,
				List.of(), List.of());
	}

	private static RuleSummary summary(String id, Effect effect) {
		return new RuleSummary("Title of " + id, "Children Act 1989 s22C(8)(a)", effect, null, "england", null);
	}

	private static RuleLine line(String id, Effect effect, long overrides, double rate) {
		return new RuleLine(id, "Title of " + id, "Children Act 1989 s22C(8)(a)", effect, overrides, rate);
	}

	private static Outcome outcome(String chosenRef, ReasonCode code) {
		return new Outcome(chosenRef, code, code == null ? null : "Because", "SW-1", DAY);
	}

}
