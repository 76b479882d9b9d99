package org.example.placement.decision;

import java.util.List;
import java.util.Optional;

import org.example.placement.decision.InvalidRequestException.FieldError;
import org.example.placement.support.Candidates;
import org.example.placement.support.Children;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class PlacementDeciderTests {

	final RuleEngine engine = mock(RuleEngine.class);

	final Geography geography = mock(Geography.class);

	final PlacementDecider decider = new PlacementDecider(engine, geography, () -> "D-1", null);

	@Test
	void rejectsDuplicateCandidateRefsNamingTheSecond() {
		DecisionRequest request = request(Candidates.anApprovedFosterCarer("P-1"),
				Candidates.anApprovedFosterCarer("P-1"));

		assertThatThrownBy(() -> decider.decide(request)).isInstanceOfSatisfying(InvalidRequestException.class,
				ex -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("candidates[1].ref"));
		verifyNoInteractions(engine);
	}

	@Test
	void rejectsAChildWhoIsAnAdultOnTheAsOfDate() {
		Child adult = new Child("CH-9", Children.AS_OF.minusYears(18), "C2", "DH1 3AA", false, List.of(), false,
				List.of(), null, false, false, false, null);
		DecisionRequest request = new DecisionRequest(Children.AS_OF, Children.DURHAM, false, adult,
				List.of(Candidates.anApprovedFosterCarer("P-1")));

		assertThatThrownBy(() -> decider.decide(request)).isInstanceOfSatisfying(InvalidRequestException.class,
				ex -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("child.dateOfBirth"));
	}

	@Test
	void rejectsUnknownPostcodesNamingEachField() {
		when(geography.authorityOf(anyString())).thenReturn(Optional.empty());
		Candidate located = withPostcode(Candidates.anApprovedFosterCarer("P-1"), "ZZ1 1ZZ");

		assertThatThrownBy(() -> decider.decide(request(located)))
			.isInstanceOfSatisfying(InvalidRequestException.class, ex -> assertThat(ex.errors())
				.extracting(FieldError::field)
				.containsExactly("child.homePostcode", "candidates[0].postcode"));
		verifyNoInteractions(engine);
	}

	@Test
	void evaluatesTheLocatedCandidatesAndRanksThem() {
		Candidate carer = Candidates.anApprovedFosterCarer("P-1");
		when(geography.authorityOf(anyString())).thenReturn(Optional.of(Children.DURHAM));
		when(geography.locate(eq(carer), anyString(), anyString())).thenReturn(carer);
		when(engine.evaluate(any(), any(), eq(List.of(carer)))).thenReturn(new Evaluation("sha256:v", List.of(), List.of(), new RulesetSources("sha256:v", java.util.Map.of())));

		Decision decision = decider.decide(request(carer));

		assertThat(decision.decisionId()).isEqualTo("D-1");
		assertThat(decision.rulesetVersion()).isEqualTo("sha256:v");
		assertThat(decision.asOf()).isEqualTo(Children.AS_OF);
		assertThat(decision.candidates()).extracting(RankedCandidate::ref).containsExactly("P-1");
	}

	private static DecisionRequest request(Candidate... candidates) {
		return new DecisionRequest(Children.AS_OF, Children.DURHAM, false, Children.aThirteenYearOldInCare(),
				List.of(candidates));
	}

	private static Candidate withPostcode(Candidate c, String postcode) {
		return new Candidate(c.ref(), c.placementType(), c.provider(), postcode, c.connectedPerson(),
				c.carerApproval(), null, null, null, null, false, 1, null, List.of(), List.of(), true, false, null,
				null, null, null, null, null, false, false);
	}

}
