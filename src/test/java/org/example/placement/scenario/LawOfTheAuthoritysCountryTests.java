package org.example.placement.scenario;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.example.placement.decision.AuthorityCode;
import org.example.placement.decision.Candidate;
import org.example.placement.decision.Child;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.InvalidRequestException;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.geography.Geographies;
import org.example.placement.support.Candidates;
import org.example.placement.support.Children;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: a Welsh responsible authority (W06) is decided under the law of Wales only
 * (the Social Services and Well-being (Wales) Act 2014 and the Care Planning, Placement
 * and Case Review (Wales) Regulations 2015, rules/wales/, and the Welsh default local
 * policy), and an English one under the law of England only: no English regulation is
 * cited in a Welsh authority's decision, and no Welsh provision in an English one.
 */
@Tag("rules")
class LawOfTheAuthoritysCountryTests {

	static final PlacementDecider decider = new PlacementDecider(
			new DroolsRuleEngine(Path.of("rules"), BuildMode.MVEL, Clock.systemUTC()), Geographies.ons());

	static final String CARDIFF = "W06000015";

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

	@Test
	void aCardiffChildIsPlacedInAreaFirstThenInTheOrderOfReg12EachOutOfAreaOneNeedingAPanelUnderWelshLawOnly() {
		Decision decision = decider.decide(new DecisionRequest(AS_OF, CARDIFF, false, childAt("CF24 3"), fourCarers()));

		assertThat(decision.ranking()).containsExactly("P-CARDIFF", "P-NEWPORT", "P-SWANSEA", "P-BRISTOL");
		assertThat(approvers(decision, "P-CARDIFF")).isEmpty();
		for (String outOfArea : List.of("P-NEWPORT", "P-SWANSEA", "P-BRISTOL")) {
			// reg 12(3): the panel approves, the nominated officer certifies its approval
			assertThat(approvers(decision, outOfArea)).as(outOfArea)
				.containsExactlyInAnyOrder("PANEL", "NOMINATED_OFFICER");
		}
		assertWelshLawOnly(decision);
	}

	@Test
	void theSameCandidatesForADurhamChildAreDecidedUnderEnglishLawOnly() {
		Decision decision = decider
			.decide(new DecisionRequest(AS_OF, Children.DURHAM, false, childAt("DH1 3HP"), fourCarers()));

		assertThat(decision.ranking()).hasSize(4);
		for (String ref : List.of("P-CARDIFF", "P-NEWPORT", "P-SWANSEA", "P-BRISTOL")) {
			assertThat(approvers(decision, ref)).as(ref).containsExactly("DIRECTOR_OF_CHILDRENS_SERVICES");
		}
		assertEnglishLawOnly(decision);
	}

	@Test
	void everyScenarioIsDecidedUnderTheLawOfItsAuthoritysCountryOnly() {
		int welsh = 0;
		for (Path file : ScenarioFiles.find(Path.of("test-scenarios"))) {
			Scenario scenario = ScenarioFiles.read(file);
			Decision decision;
			try {
				decision = decider.decide(scenario.given());
			}
			catch (InvalidRequestException refused) {
				continue;
			}
			if (AuthorityCode.isWelsh(decision.responsibleAuthority())) {
				welsh++;
				assertWelshLawOnly(decision);
			}
			else {
				assertEnglishLawOnly(decision);
			}
		}
		assertThat(welsh).as("Welsh scenarios decided").isGreaterThan(10);
	}

	private static void assertWelshLawOnly(Decision decision) {
		assertThat(decision.trace()).isNotEmpty().allSatisfy(match -> {
			assertThat(match.rule().citation()).as(match.rule().id())
				.doesNotContain("(England)", "Children Act 1989", "Local policy: County Durham");
			assertThat(match.rule().layer().equals("wales") || match.rule().file().startsWith("local/default/wales/")
					|| match.rule().layer().equals("local/" + decision.responsibleAuthority()))
				.as("%s in %s", match.rule().id(), match.rule().file())
				.isTrue();
		});
	}

	private static void assertEnglishLawOnly(Decision decision) {
		assertThat(decision.trace()).isNotEmpty().allSatisfy(match -> {
			assertThat(match.rule().citation()).as(match.rule().id()).doesNotContain("(Wales)");
			assertThat(match.rule().layer()).as(match.rule().id()).isNotEqualTo("wales");
			assertThat(match.rule().file()).as(match.rule().id()).doesNotStartWith("local/default/wales/");
		});
	}

	private static List<String> approvers(Decision decision, String ref) {
		RankedCandidate candidate = decision.candidate(ref).orElseThrow();
		return candidate.approvals().stream().map(a -> a.approver().name()).toList();
	}

	private static Child childAt(String home) {
		return Children.aChild().called("CH-W100").livingAt(home).build();
	}

	/** Unrelated agency foster carers in Cardiff, Newport, Swansea and Bristol. */
	private static List<Candidate> fourCarers() {
		return List.of(carer("P-BRISTOL", "BS1 1"), carer("P-SWANSEA", "SA1 1"), carer("P-NEWPORT", "NP20 1"),
				carer("P-CARDIFF", "CF14 1"));
	}

	private static Candidate carer(String ref, String postcode) {
		return Candidates.aCandidate()
			.called(ref)
			.fosterCarer()
			.agency()
			.vacancies(1)
			.meetingAssessedNeeds()
			.at(postcode)
			.build();
	}

}
