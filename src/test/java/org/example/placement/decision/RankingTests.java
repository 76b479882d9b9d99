package org.example.placement.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.example.placement.decision.Comparison.DecidedBy;
import org.example.placement.decision.RankedCandidate.Finding;
import org.example.placement.decision.RankedCandidate.Status;
import org.example.placement.support.Candidates;
import org.example.placement.support.Children;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class RankingTests {

	static final RuleDefinition PARENT_TIER = rule("ENG-S22C-2", Effect.TIER, null, Tier.PARENT);

	static final RuleDefinition CONNECTED_TIER = rule("ENG-S22C-7A", Effect.TIER, null, Tier.CONNECTED_PERSON_FOSTER);

	static final RuleDefinition EXCLUDE = rule("ENG-S22C-5-1", Effect.EXCLUDE, null, null);

	static final RuleDefinition NEAR = rule("ENG-S22C-8A", Effect.PREFER, 10, null);

	static final RuleDefinition FAR = rule("LOCAL-DEFAULT-012", Effect.DISFAVOUR, 15, null);

	static final RuleDefinition DISABLED_SUITABLE = rule("ENG-S22C-8D", Effect.PREFER, 30, null);

	static final RuleDefinition WITHIN_AREA = rule("ENG-S22C-9", Effect.PREFER, 20, null);

	static final RuleDefinition IN_HOUSE = rule("LOCAL-E06000047-001", Effect.PREFER, 40, null);

	static final RuleDefinition WITHIN_5_MILES = rule("LOCAL-DEFAULT-010", Effect.PREFER, 20, null);

	@Test
	void putsExcludedCandidatesLastWithoutARank() {
		var result = Ranking.rank(List.of(carer("A"), carer("B")), List.of(new Match(EXCLUDE, "A")));

		assertThat(result.candidates()).extracting(RankedCandidate::ref).containsExactly("B", "A");
		assertThat(result.candidates().get(1).rank()).isNull();
		assertThat(result.candidates().get(1).status()).isEqualTo(Status.EXCLUDED);
		assertThat(result.comparisons().get(0).decidedBy()).isEqualTo(DecidedBy.EXCLUSION);
		assertThat(result.comparisons().get(0).ruleIds()).containsExactly("ENG-S22C-5-1");
	}

	@Test
	void ranksStatutoryTierAboveAnyScore() {
		var result = Ranking.rank(List.of(carer("A"), carer("B"), carer("C")),
				List.of(new Match(NEAR, "A"), new Match(CONNECTED_TIER, "B"), new Match(PARENT_TIER, "C")));

		assertThat(result.candidates()).extracting(RankedCandidate::ref).containsExactly("C", "B", "A");
		assertThat(result.candidates()).extracting(RankedCandidate::tier)
			.containsExactly(Tier.PARENT, Tier.CONNECTED_PERSON_FOSTER, Tier.OTHER);
		assertThat(result.comparisons()).extracting(Comparison::decidedBy)
			.containsExactly(DecidedBy.TIER, DecidedBy.TIER);
		assertThat(result.comparisons().get(0).ruleIds()).containsExactly("ENG-S22C-2");
	}

	@Test
	void ranksWithinATierByPreferMinusDisfavourWeights() {
		var result = Ranking.rank(List.of(carer("A"), carer("B")),
				List.of(new Match(NEAR, "A"), new Match(FAR, "A"), new Match(NEAR, "B")));

		assertThat(result.candidates()).extracting(RankedCandidate::score).containsExactly(10, -5);
		assertThat(result.candidates()).extracting(RankedCandidate::statutoryScore).containsExactly(10, 10);
		assertThat(result.candidates()).extracting(RankedCandidate::localScore).containsExactly(0, -15);
		assertThat(result.comparisons().get(0).decidedBy()).isEqualTo(DecidedBy.LOCAL_POLICY);
		assertThat(result.comparisons().get(0).ruleIds()).containsExactly("LOCAL-DEFAULT-012");
	}

	@Test
	void noLocalWeightOutweighsSuitabilityForADisabledChild() {
		for (int weight : new int[] { 1, 29, 30, 31, 100, 10_000 }) {
			RuleDefinition local = rule("LOCAL-DEFAULT-001", Effect.PREFER, weight, null);
			var result = Ranking.rank(List.of(carer("A"), carer("B")), List.of(new Match(DISABLED_SUITABLE, "B"),
					new Match(local, "A"), new Match(IN_HOUSE, "A"), new Match(WITHIN_5_MILES, "A")));

			assertThat(result.candidates()).extracting(RankedCandidate::ref)
				.as("local weight %d", weight)
				.containsExactly("B", "A");
			assertThat(result.comparisons().get(0).decidedBy()).isEqualTo(DecidedBy.STATUTORY_FACTORS);
			assertThat(result.comparisons().get(0).ruleIds()).containsExactly("ENG-S22C-8D");
		}
	}

	@Test
	void noLocalWeightOutweighsPlacementWithinTheArea() {
		for (int weight : new int[] { 1, 19, 20, 21, 100, 10_000 }) {
			RuleDefinition localDistance = rule("LOCAL-DEFAULT-010", Effect.PREFER, weight, null);
			RuleDefinition localKind = rule("LOCAL-DEFAULT-002", Effect.PREFER, weight, null);
			var result = Ranking.rank(List.of(carer("A"), carer("B")), List.of(new Match(WITHIN_AREA, "B"),
					new Match(localDistance, "A"), new Match(localKind, "A"), new Match(FAR, "B")));

			assertThat(result.candidates()).extracting(RankedCandidate::ref)
				.as("local weight %d", weight)
				.containsExactly("B", "A");
			assertThat(result.comparisons().get(0).decidedBy()).isEqualTo(DecidedBy.STATUTORY_FACTORS);
			assertThat(result.comparisons().get(0).ruleIds()).containsExactly("ENG-S22C-9");
		}
	}

	@Test
	void localPolicyOrdersOnlyCandidatesTheStatutoryFactorsLeaveLevel() {
		var result = Ranking.rank(List.of(carer("A"), carer("B"), carer("C")), List.of(new Match(WITHIN_AREA, "A"),
				new Match(WITHIN_AREA, "B"), new Match(IN_HOUSE, "B"), new Match(IN_HOUSE, "C")));

		assertThat(result.candidates()).extracting(RankedCandidate::ref).containsExactly("B", "A", "C");
		assertThat(result.comparisons()).extracting(Comparison::decidedBy)
			.containsExactly(DecidedBy.LOCAL_POLICY, DecidedBy.STATUTORY_FACTORS);
	}

	@Test
	void decisionsMadeBeforeIssue10StillRankByOneScore() {
		var result = Ranking.rank(List.of(carer("A"), carer("B")),
				List.of(new Match(DISABLED_SUITABLE, "B"), new Match(IN_HOUSE, "A")), Ranking.Method.SINGLE_SCORE);

		assertThat(result.candidates()).extracting(RankedCandidate::ref).containsExactly("A", "B");
		assertThat(result.candidates()).extracting(RankedCandidate::statutoryScore).containsOnlyNulls();
		assertThat(result.comparisons().get(0).decidedBy()).isEqualTo(DecidedBy.SCORE);
		assertThat(result.comparisons().get(0).weights()).containsExactly(entry("LOCAL-E06000047-001", 40),
				entry("ENG-S22C-8D", 30));
		Decision decision = new Decision("D-1", "sha256:v", LocalDate.of(2026, 11, 23), "E06000047",
				result.candidates(), result.comparisons(), List.of(), null, result.notifications(), result.duties(),
				result.rules());
		assertThat(ExplainedDecision.of(decision).comparisons().get(0).reason())
			.isEqualTo("Same tier; score 40 against 30 (LOCAL-E06000047-001 +40 for A, ENG-S22C-8D +30 for B)");
	}

	@Test
	void returnsNotificationsAboutTheWholeDecisionOnceBesideTheCandidates() {
		RuleDefinition notice = new RuleDefinition("ENG-CPR-R13-2I", "Tell the IRO",
				"Care Planning, Placement and Case Review (England) Regulations 2010 reg 13(2)(i)", null, Effect.NOTIFY,
				null, null, null, "IRO", "before the placement", LocalDate.of(2011, 4, 1), null, "england",
				"england/notifications/x.drl");

		var result = Ranking.rank(List.of(carer("A"), carer("B")), List.of(new Match(notice, Match.DECISION)));

		assertThat(result.notifications()).extracting(RankedCandidate.Notification::recipient).containsExactly("IRO");
		assertThat(result.candidates()).allSatisfy(c -> assertThat(c.notifications()).isEmpty());
	}

	@Test
	void breaksTiesByLowerWeeklyCostThenReference() {
		var result = Ranking.rank(List.of(costing("C", "500"), costing("B", "400"), carer("A"), costing("D", "400")),
				List.of());

		assertThat(result.candidates()).extracting(RankedCandidate::ref).containsExactly("B", "D", "C", "A");
		assertThat(result.comparisons()).extracting(Comparison::decidedBy)
			.containsExactly(DecidedBy.REF, DecidedBy.COST, DecidedBy.COST);
		assertThat(result.candidates().get(0).status()).isEqualTo(Status.RECOMMENDED);
	}

	@Test
	void givesTheSameRankingWhateverTheInputOrder() {
		var forwards = Ranking.rank(List.of(carer("A"), carer("B"), carer("C")), List.of(new Match(NEAR, "B")));
		var backwards = Ranking.rank(List.of(carer("C"), carer("B"), carer("A")), List.of(new Match(NEAR, "B")));

		assertThat(backwards).isEqualTo(forwards);
	}

	@Test
	void carriesApprovalsAndNotificationsThrough() {
		RuleDefinition approval = new RuleDefinition("ENG-CPR-R11-1A", "Out of area",
				"Care Planning, Placement and Case Review (England) Regulations 2010 reg 11(1)(a)", null,
				Effect.REQUIRE_APPROVAL, null, null, Approver.NOMINATED_OFFICER, null, null, LocalDate.of(2014, 1, 27),
				null, "england", "england/approvals/x.drl");

		var result = Ranking.rank(List.of(carer("A")), List.of(new Match(approval, "A")));

		assertThat(result.candidates().get(0).approvals()).extracting(RankedCandidate.Approval::approver)
			.containsExactly(Approver.NOMINATED_OFFICER);
	}

	@Test
	void listsOnceTheNotificationsOfRulesThatReadNothingOfTheCandidate() {
		RuleDefinition iro = notify("ENG-CPR-R9-3", "IRO");
		RuleDefinition area = notify("ENG-CPR-R13-4-1", "AREA_AUTHORITY");

		var result = Ranking.rank(List.of(carer("A"), carer("B")),
				List.of(new Match(iro, "A"), new Match(area, "A"), new Match(iro, "B"), new Match(NEAR, "B")),
				Ranking.Method.STATUTORY_FIRST, Set.of("ENG-CPR-R9-3"));

		assertThat(result.duties()).extracting(RankedCandidate.Notification::ruleId).containsExactly("ENG-CPR-R9-3");
		assertThat(result.candidates())
			.allSatisfy(c -> assertThat(c.findings()).extracting(Finding::ruleId).doesNotContain("ENG-CPR-R9-3"));
		RankedCandidate a = result.candidates().stream().filter(c -> c.ref().equals("A")).findFirst().orElseThrow();
		assertThat(a.notifications()).extracting(RankedCandidate.Notification::recipient)
			.containsExactly("AREA_AUTHORITY");
		assertThat(result.rules()).containsKeys("ENG-CPR-R9-3", "ENG-CPR-R13-4-1", "ENG-S22C-8A");
	}

	@Test
	void keepsWithEachCandidateANotificationItsOwnFactsTriggerEvenWhenEveryCandidateTriggersIt() {
		RuleDefinition area = notify("ENG-CPR-R13-4-1", "AREA_AUTHORITY");

		var result = Ranking.rank(List.of(carer("A"), carer("B")), List.of(new Match(area, "A"), new Match(area, "B")),
				Ranking.Method.STATUTORY_FIRST, Set.of("ENG-CPR-R9-3"));

		assertThat(result.duties()).isEmpty();
		assertThat(result.candidates())
			.allSatisfy(c -> assertThat(c.notifications()).extracting(RankedCandidate.Notification::ruleId)
				.containsExactly("ENG-CPR-R13-4-1"));
	}

	@Test
	void keepsWithTheCandidatesADecisionWideNotificationThatDidNotHoldForEveryOne() {
		RuleDefinition iro = notify("ENG-CPR-R9-3", "IRO");

		var result = Ranking.rank(List.of(carer("A"), carer("B")), List.of(new Match(iro, "A")),
				Ranking.Method.STATUTORY_FIRST, Set.of("ENG-CPR-R9-3"));

		assertThat(result.duties()).isEmpty();
		assertThat(result.candidates()).filteredOn(c -> c.ref().equals("A"))
			.allSatisfy(c -> assertThat(c.notifications()).hasSize(1));
	}

	@Test
	void explainsInFullTheWordsItUsedBeforeDecisionsWereCompact() {
		RuleDefinition iro = notify("ENG-CPR-R9-3", "IRO");
		var result = Ranking.rank(List.of(carer("A"), carer("B")),
				List.of(new Match(iro, "A"), new Match(iro, "B"), new Match(NEAR, "B"), new Match(IN_HOUSE, "A")),
				Ranking.Method.STATUTORY_FIRST, Set.of("ENG-CPR-R9-3"));
		Decision decision = new Decision("D-1", "sha256:v", LocalDate.of(2026, 11, 23), "E06000047",
				result.candidates(), result.comparisons(), List.of(), Ranking.Method.STATUTORY_FIRST,
				result.notifications(), result.duties(), result.rules());

		ExplainedDecision full = ExplainedDecision.of(decision);

		assertThat(full.candidates()).extracting(ExplainedDecision.Choice::ref).containsExactly("B", "A");
		assertThat(full.candidates().get(0).findings()).extracting(ExplainedDecision.Finding::explanation)
			.containsExactly("Notify IRO before the placement: ENG-CPR-R9-3 title [Children Act 1989 s22C(5)]",
					"ENG-S22C-8A title (+10) [Children Act 1989 s22C(5)]");
		assertThat(full.candidates().get(1).findings()).extracting(ExplainedDecision.Finding::explanation)
			.containsExactly("Notify IRO before the placement: ENG-CPR-R9-3 title [Children Act 1989 s22C(5)]",
					"LOCAL-E06000047-001 title (+40) [Children Act 1989 s22C(5); layer local/default]");
		assertThat(full.candidates())
			.allSatisfy(c -> assertThat(c.notifications()).extracting(ExplainedDecision.Notice::recipient)
				.containsExactly("IRO"));
		assertThat(full.comparisons().get(0).reason())
			.isEqualTo("Same tier; statutory factors (s22C(8)-(9)) score 10 against 0 (ENG-S22C-8A +10 for B); "
					+ "local policy (0 against 40) is weighed only between candidates the statutory factors leave level");
	}

	@Test
	void citesTheStatutoryFactorsInTheLawOfTheAuthoritysCountry() {
		var result = Ranking.rank(List.of(carer("A"), carer("B")), List.of(new Match(NEAR, "B")),
				Ranking.Method.STATUTORY_FIRST, Set.of());
		Decision welsh = new Decision("D-2", "sha256:v", LocalDate.of(2026, 11, 23), "W06000015", result.candidates(),
				result.comparisons(), List.of(), Ranking.Method.STATUTORY_FIRST, result.notifications(),
				result.duties(), result.rules());

		assertThat(ExplainedDecision.of(welsh).comparisons().get(0).reason())
			.startsWith("Same tier; statutory factors (s81(8)-(9) of the 2014 Act) score 10 against 0")
			.doesNotContain("s22C");
	}

	private static RuleDefinition notify(String id, String recipient) {
		return new RuleDefinition(id, id + " title", "Children Act 1989 s22C(5)", null, Effect.NOTIFY, null, null, null,
				recipient, "before the placement", LocalDate.of(2011, 4, 1), null, "england", "x.drl");
	}

	private static Candidate carer(String ref) {
		return Candidates.anApprovedFosterCarer(ref);
	}

	private static Candidate costing(String ref, String cost) {
		return Candidates.aCandidate()
			.called(ref)
			.fosterCarer()
			.agency()
			.vacancies(1)
			.meetingAssessedNeeds()
			.costing(cost)
			.locatedIn(Children.DURHAM, "3.0")
			.build();
	}

	private static RuleDefinition rule(String id, Effect effect, Integer weight, Tier tier) {
		return new RuleDefinition(id, id + " title", "Children Act 1989 s22C(5)", null, effect, weight, tier, null,
				null, null, LocalDate.of(2011, 4, 1), null, id.startsWith("LOCAL") ? "local/default" : "england",
				"x.drl");
	}

}
