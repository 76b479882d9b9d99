package org.example.placement.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.example.placement.decision.InvalidRequestException.FieldError;
import org.example.placement.support.CandidateBuilder;
import org.example.placement.support.Candidates;
import org.example.placement.support.Children;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class PlacementDeciderTests {

	final RuleEngine engine = mock(RuleEngine.class);

	final Geography geography = mock(Geography.class);

	final PlacementDecider decider = new PlacementDecider(engine, geography);

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
		Child adult = Children.aChild().called("CH-9").bornOn(Children.AS_OF.minusYears(18)).build();
		DecisionRequest request = new DecisionRequest(Children.AS_OF, Children.DURHAM, false, adult,
				List.of(Candidates.anApprovedFosterCarer("P-1")));

		assertThatThrownBy(() -> decider.decide(request)).isInstanceOfSatisfying(InvalidRequestException.class,
				ex -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("child.dateOfBirth"));
	}

	@Test
	void refusesAWelshAuthorityBeforeTheWelshActCameIntoForceNamingAsOf() {
		Child bornIn2005 = Children.aChild().bornOn(LocalDate.of(2005, 5, 1)).build();
		DecisionRequest request = new DecisionRequest(PlacementDecider.FIRST_DECIDABLE_DAY_IN_WALES.minusDays(1),
				"W06000015", false, bornIn2005, List.of(Candidates.anApprovedFosterCarer("P-1")));

		assertThatThrownBy(() -> decider.decide(request)).isInstanceOfSatisfying(InvalidRequestException.class, ex -> {
			assertThat(ex.errors()).extracting(FieldError::field).containsExactly("asOf");
			assertThat(ex.errors().get(0).message()).contains("6 April 2016",
					"Social Services and Well-being (Wales) Act 2014");
		});
		verifyNoInteractions(engine, geography);
	}

	@Test
	void decidesForAWelshAuthorityFromTheDayTheWelshActCameIntoForce() {
		decidable();
		Child bornIn2005 = Children.aChild().bornOn(LocalDate.of(2005, 5, 1)).build();
		DecisionRequest request = new DecisionRequest(PlacementDecider.FIRST_DECIDABLE_DAY_IN_WALES, "W06000015", false,
				bornIn2005, List.of(Candidates.anApprovedFosterCarer("P-1")));

		assertThat(decider.decide(request).responsibleAuthority()).isEqualTo("W06000015");
	}

	@Test
	void decidesForAnEnglishResponsibleAuthority() {
		decidable();

		assertThat(decider.decide(REQUEST).responsibleAuthority()).isEqualTo(Children.DURHAM);
	}

	@Test
	void refusesAnAsOfBeforeThe2010RegulationsCameIntoForceButDecidesOnTheirFirstDay() {
		Child bornIn2005 = Children.aChild().bornOn(LocalDate.of(2005, 5, 1)).build();
		DecisionRequest before = new DecisionRequest(PlacementDecider.FIRST_DECIDABLE_DAY.minusDays(1), Children.DURHAM,
				false, bornIn2005, REQUEST.candidates());

		assertThatThrownBy(() -> decider.decide(before)).isInstanceOfSatisfying(InvalidRequestException.class,
				ex -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("asOf"));
		verifyNoInteractions(engine, geography);

		decidable();
		DecisionRequest firstDay = new DecisionRequest(PlacementDecider.FIRST_DECIDABLE_DAY, Children.DURHAM, false,
				bornIn2005, REQUEST.candidates());
		assertThat(decider.decide(firstDay).asOf()).isEqualTo(PlacementDecider.FIRST_DECIDABLE_DAY);
	}

	@Test
	void rejectsUnknownPostcodesNamingEachField() {
		when(geography.authorityOf(anyString())).thenReturn(Optional.empty());
		Candidate located = Candidates.aCandidate().called("P-1").fosterCarer().at("ZZ1 1ZZ").build();

		assertThatThrownBy(() -> decider.decide(request(located))).isInstanceOfSatisfying(InvalidRequestException.class,
				ex -> assertThat(ex.errors()).extracting(FieldError::field)
					.containsExactly("child.homePostcode", "candidates[0].postcode"));
		verifyNoInteractions(engine);
	}

	@Test
	void rejectsTheDeprecatedTemporaryApprovalFromGivenWithTemporaryApproval() {
		Candidate both = temporarilyApproved(Children.AS_OF.minusDays(10), new Candidate.TemporaryApproval(null,
				Children.AS_OF.minusDays(10), null, null, null, null, null, null, null));

		assertThatThrownBy(() -> decider.decide(request(both))).isInstanceOfSatisfying(InvalidRequestException.class,
				ex -> assertThat(ex.errors()).extracting(FieldError::field)
					.containsExactly("candidates[0].temporaryApprovalFrom"));
		verifyNoInteractions(engine);
	}

	@Test
	void readsTheDeprecatedTemporaryApprovalFromAsAReg24Approval() {
		Candidate legacy = temporarilyApproved(Children.AS_OF.minusDays(10), null);

		assertThat(legacy.temporaryApprovalGiven().from()).isEqualTo(Children.AS_OF.minusDays(10));
		assertThat(legacy.temporaryApprovalUnder()).isEqualTo(Candidate.TemporaryApproval.Regulation.REG_24);
		assertThat(legacy.temporaryApprovalDaysOn(Children.AS_OF)).isEqualTo(10);
	}

	@Test
	void rejectsTemporaryApprovalDatesAfterAsOfBeforeFromOrForTheOtherRegulation() {
		Candidate.TemporaryApproval approval = new Candidate.TemporaryApproval(null, Children.AS_OF.minusDays(10),
				Children.AS_OF.plusDays(1), null, null, Children.AS_OF.minusDays(11), Children.AS_OF, null,
				Children.AS_OF);

		assertThatThrownBy(() -> decider.decide(request(temporarilyApproved(null, approval)))).isInstanceOfSatisfying(
				InvalidRequestException.class,
				ex -> assertThat(ex.errors()).extracting(FieldError::field)
					.containsExactly("candidates[0].temporaryApproval.extendedOn",
							"candidates[0].temporaryApproval.reviewExtendedOn",
							"candidates[0].temporaryApproval.adopterApprovalEndedOn",
							"candidates[0].temporaryApproval.reviewOutcomeOn"));
	}

	@Test
	void evaluatesTheLocatedCandidatesAndRanksThem() {
		Candidate carer = Candidates.anApprovedFosterCarer("P-1");
		when(geography.authorityOf(anyString())).thenReturn(Optional.of(Children.DURHAM));
		when(geography.locate(eq(carer), anyString(), anyString())).thenReturn(carer);
		when(engine.evaluate(any(), any(), eq(List.of(carer))))
			.thenReturn(new Evaluation("sha256:v", List.of(), List.of()));

		Decision decision = decider.decide(request(carer));

		assertThat(UUID.fromString(decision.decisionId()).version()).as("a new, time-ordered decision id").isEqualTo(7);
		assertThat(decision.rulesetVersion()).isEqualTo("sha256:v");
		assertThat(decision.asOf()).isEqualTo(Children.AS_OF);
		assertThat(decision.candidates()).extracting(RankedCandidate::ref).containsExactly("P-1");
	}

	static final DecisionRequest REQUEST = request(Candidates.anApprovedFosterCarer("P-1"));

	private void decidable() {
		Candidate carer = REQUEST.candidates().get(0);
		when(geography.authorityOf(anyString())).thenReturn(Optional.of(Children.DURHAM));
		when(geography.locate(eq(carer), anyString(), anyString())).thenReturn(carer);
		when(engine.evaluate(any(), any(), eq(List.of(carer))))
			.thenReturn(new Evaluation("sha256:v", List.of(), List.of()));
	}

	private static DecisionRequest request(Candidate... candidates) {
		return new DecisionRequest(Children.AS_OF, Children.DURHAM, false, Children.aThirteenYearOldInCare(),
				List.of(candidates));
	}

	private static Candidate temporarilyApproved(LocalDate from, Candidate.TemporaryApproval approval) {
		CandidateBuilder carer = Candidates.aCandidate().called("P-1").connectedPerson().inHouse();
		if (from != null) {
			carer.temporarilyApprovedFrom(from);
		}
		return carer.temporarilyApproved(approval).vacancies(1).meetingAssessedNeeds().build();
	}

}
