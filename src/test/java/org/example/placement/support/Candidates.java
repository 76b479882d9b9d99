package org.example.placement.support;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.Whereabouts;

/**
 * Candidate fixtures that read like the domain, already located (no geography needed).
 * Anything else is built with {@link #aCandidate()}:
 * {@code aCandidate().fosterCarer().inHouse().at("DH1 5AA").build()}.
 */
public final class Candidates {

	private Candidates() {
	}

	/**
	 * A candidate as a caller might send it: nothing but the ref {@code C-1} set, no
	 * geography.
	 */
	public static CandidateBuilder aCandidate() {
		return new CandidateBuilder();
	}

	/** An approved agency foster carer 3 miles from home, in the authority's area. */
	public static Candidate anApprovedFosterCarer(String ref) {
		return anApprovedFosterCarerCalled(ref).build();
	}

	/** The same, to change before building. */
	public static CandidateBuilder anApprovedFosterCarerCalled(String ref) {
		return aCandidate().called(ref)
			.fosterCarer()
			.agency()
			.vacancies(1)
			.meetingAssessedNeeds()
			.locatedIn(Children.DURHAM, "3.0");
	}

	/** An approved connected-person foster carer of the authority's own, 8 miles away. */
	public static Candidate aConnectedPersonCarer(String ref) {
		return aCandidate().called(ref)
			.connectedPerson()
			.inHouse()
			.vacancies(1)
			.meetingAssessedNeeds()
			.locatedIn(Children.DURHAM, "8.0")
			.build();
	}

	/** A parent 30 miles away, in another authority (Middlesbrough). */
	public static Candidate aParent(String ref) {
		return aCandidate().called(ref).parent().meetingAssessedNeeds().locatedOutside("E08000037", "30.0").build();
	}

	/**
	 * The candidate as a caller sends it, and the decision log stores it: without the
	 * geography the service derives.
	 */
	public static Candidate asSent(Candidate c) {
		return c.locatedAt(Whereabouts.UNKNOWN);
	}

}
