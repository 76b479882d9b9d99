package org.example.placement.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.example.placement.support.CandidateBuilder;
import org.example.placement.support.Candidates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the caller sent and where the service found it are kept apart: locating a
 * candidate changes its {@link Whereabouts} and nothing it was sent.
 */
class CandidateTests {

	static final Whereabouts GATESHEAD = new Whereabouts(new BigDecimal("13.0"), "E08000037", Location.OUT, false);

	@Test
	void locatingKeepsEverythingTheCallerSent() {
		CandidateBuilder sent = everyFieldSet();

		Candidate located = sent.build().locatedAt(GATESHEAD);

		assertThat(located).isEqualTo(sent.located(GATESHEAD).build());
		assertThat(located.distanceMiles()).isEqualByComparingTo("13.0");
		assertThat(located.localAuthority()).isEqualTo("E08000037");
		assertThat(located.location()).isEqualTo(Location.OUT);
		assertThat(located.atDistance()).isFalse();
	}

	@Test
	void aCandidateAsSentIsNowhereYet() {
		Candidate sent = Candidates.aCandidate().fosterCarer().inHouse().at("DH1 5AA").build();

		assertThat(sent.whereabouts()).isEqualTo(Whereabouts.UNKNOWN);
		assertThat(sent.distanceMiles()).isNull();
		assertThat(sent.location()).isNull();
		assertThat(Candidates.asSent(sent.locatedAt(GATESHEAD))).isEqualTo(sent);
	}

	private static CandidateBuilder everyFieldSet() {
		LocalDate from = LocalDate.of(2026, 10, 1);
		return Candidates.aCandidate()
			.called("P-ALL")
			.coded("U3")
			.providedBy("PR2")
			.at("NE8 1AA")
			.flaggedConnectedPerson(true)
			.temporarilyApprovedFrom(from)
			.temporarilyApproved(new Candidate.TemporaryApproval(null, from, null, 4, null, null, null, null, null))
			.withApprovalTerms(new Candidate.ApprovalTerms(2, 12, 3))
			.registered(true, OfstedRating.GOOD)
			.underRestrictionNotice(true, true)
			.vacancies(2)
			.suitableForDisabled(false)
			.withSiblingsPlacedHere(List.of("SIB-1"))
			.meetsAssessedNeeds(true)
			.prospectiveAdopter(true)
			.costing("420.00")
			.disruptsEducation(true)
			.incompatibleWithContactOrder(true)
			.exceptedAccommodation(true)
			.in(Setting.CARE_HOME)
			.alreadyFostering(1)
			.providerNotForProfit(true);
	}

}
