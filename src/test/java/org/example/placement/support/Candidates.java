package org.example.placement.support;

import java.math.BigDecimal;
import java.util.List;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.CarerApproval;
import org.example.placement.decision.Location;

/**
 * Candidate fixtures that read like the domain, already located (no geography needed).
 */
public final class Candidates {

	private Candidates() {
	}

	public static Candidate anApprovedFosterCarer(String ref) {
		return new Candidate(ref, "U6", "PR4", null, false, CarerApproval.APPROVED, null, null, null, null, false, 1,
				null, List.of(), List.of(), true, false, null, new BigDecimal("3.0"), "E06000047", Location.IN, false,
				null, false, false, null, false, null, null);
	}

	public static Candidate aConnectedPersonCarer(String ref) {
		return new Candidate(ref, "U3", "PR1", null, true, CarerApproval.APPROVED, null, null, null, null, false, 1,
				null, List.of(), List.of(), true, false, null, new BigDecimal("8.0"), "E06000047", Location.IN, false,
				null, false, false, null, false, null, null);
	}

	public static Candidate aParent(String ref) {
		return new Candidate(ref, "P1", "PR0", null, false, null, null, null, null, null, false, null, null, List.of(),
				List.of(), true, false, null, new BigDecimal("30.0"), "E08000037", Location.OUT, false, null, false,
				false, null, false, null, null);
	}

	/**
	 * The candidate as a caller sends it, and the decision log stores it: without the
	 * geography the service derives.
	 */
	public static Candidate asSent(Candidate c) {
		return c.locatedAt(null, null, null, null);
	}

	public static Candidate notMeetingAssessedNeeds(Candidate c) {
		return new Candidate(c.ref(), c.placementType(), c.provider(), c.postcode(), c.connectedPerson(),
				c.carerApproval(), c.temporaryApprovalFrom(), c.approvalTerms(), c.registered(), c.ofstedRating(),
				c.restrictionNotice(), c.vacancies(), c.suitableForDisabled(), c.meetsNeeds(), c.siblingsPlacedHere(),
				false, c.prospectiveAdopter(), c.weeklyCost(), c.distanceMiles(), c.localAuthority(), c.location(),
				c.atDistance(), null, false, false, null, false, null, null);
	}

}
