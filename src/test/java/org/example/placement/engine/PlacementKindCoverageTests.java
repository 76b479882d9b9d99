package org.example.placement.engine;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.CarerApproval;
import org.example.placement.decision.Codes;
import org.example.placement.decision.Effect;
import org.example.placement.decision.Evaluation;
import org.example.placement.decision.Location;
import org.example.placement.decision.Match;
import org.example.placement.decision.Situation;
import org.example.placement.support.Candidates;
import org.example.placement.support.Children;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 item 4: no SSDA903 PLACE code may pass every statutory bar for want of a kind.
 * Every code in the list the service accepts either gets exactly one kind of placement
 * from {@code rules/england/facts/placement-kind.drl} (PARENT, or s22C(6)(a)-(d)), or is
 * refused as not a placement under s22C ({@link Codes#refusal}: 422 for a new request)
 * and, where the rules run anyway (what-if, scenarios, impact), excluded by a statutory
 * rule.
 */
class PlacementKindCoverageTests {

	static final DroolsRuleEngine engine = DroolsRuleEngineTests.engine;

	static final String KINDS = "england/facts/placement-kind.drl";

	static final String CARDIFF = "W06000015";

	@Test
	void everyPlacementCodeGetsAKindOrIsRefusedAndExcluded() {
		assertEveryCodeHasAKindOrAnExclusion(Children.inDurhamOn(Children.AS_OF), KINDS, "england");
	}

	/** The same for the Welsh layer (issue 14): s81(6) names the same four kinds. */
	@Test
	void everyPlacementCodeGetsAWelshKindOrIsExcludedForAWelshAuthority() {
		assertEveryCodeHasAKindOrAnExclusion(new Situation(Children.AS_OF, CARDIFF, false, 13, true, CARDIFF),
				"wales/facts/placement-kind.drl", "wales");
	}

	private static void assertEveryCodeHasAKindOrAnExclusion(Situation situation, String kindsFile, String layer) {
		List<String> codes = Codes.codes(Codes.PLACEMENT_TYPE);
		List<Candidate> candidates = codes.stream().map(PlacementKindCoverageTests::aCandidateCoded).toList();

		Evaluation evaluation = engine.evaluate(situation, Children.aThirteenYearOldInCare(), candidates);

		Map<String, List<String>> kinds = byCandidate(evaluation.firings()
			.stream()
			.filter(m -> m.rule().file().equals(kindsFile) && m.rule().effect() == Effect.DERIVE)
			.toList());
		Map<String, List<String>> exclusions = byCandidate(evaluation.matches()
			.stream()
			.filter(m -> m.rule().effect() == Effect.EXCLUDE && m.rule().layer().equals(layer))
			.toList());
		assertThat(codes).hasSize(32).allSatisfy(code -> {
			if (Codes.refusal(Codes.PLACEMENT_TYPE, code).isPresent()) {
				assertThat(kinds.get(code)).as("kind of refused code %s", code).isNull();
				assertThat(exclusions.get(code)).as("statutory exclusion of refused code %s", code).isNotEmpty();
			}
			else {
				assertThat(kinds.get(code)).as("kind of code %s", code).hasSize(1);
			}
		});
	}

	@Test
	void refusesExactlyTheCodesForAdoptionCustodyAndTemporaryPeriods() {
		assertThat(Codes.codes(Codes.PLACEMENT_TYPE))
			.filteredOn(c -> Codes.refusal(Codes.PLACEMENT_TYPE, c).isPresent())
			.containsExactly("A3", "A4", "A5", "A6", "R5", "T0", "T1", "T2", "T3", "T4");
		assertThat(Codes.refusal(Codes.PROVIDER, "PR0")).isEmpty();
		assertThat(Codes.refusal(Codes.PLACEMENT_TYPE, "XX")).isEmpty();
	}

	private static Map<String, List<String>> byCandidate(List<Match> matches) {
		return matches.stream()
			.collect(Collectors.groupingBy(Match::candidateRef,
					Collectors.mapping(m -> m.rule().id(), Collectors.toList())));
	}

	/**
	 * An approved, registered, unconnected carer or setting, so only the code decides the
	 * kind.
	 */
	private static Candidate aCandidateCoded(String code) {
		return Candidates.aCandidate()
			.called(code)
			.coded(code)
			.agency()
			.approved(CarerApproval.APPROVED)
			.registered(true, null)
			.vacancies(1)
			.meetingAssessedNeeds()
			.locatedIn(Children.DURHAM, "3.0")
			.build();
	}

}
