package org.example.placement.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.example.placement.decision.Approver;
import org.example.placement.decision.Location;
import org.example.placement.decision.RankedCandidate.Status;
import org.example.placement.decision.Tier;

/**
 * The expected part of a decision. Every key is optional: {@code ranking} is the exact
 * order of the candidates that are not excluded; {@code excluded} maps each excluded
 * candidate to the rules that must exclude it (and no other candidate may be excluded);
 * {@code approvals} and {@code notifications} name what each candidate needs;
 * {@code fired} and {@code notFired} check the trace; {@code candidates} checks single
 * fields of single candidates. {@code refused} names the fields of a request the service
 * must refuse as undecidable (a 422, e.g. {@code asOf} before the 2010 Regulations, or
 * before 6 April 2016 for a Welsh authority); such a scenario decides nothing, so nothing
 * fires in it and it may list only {@code notFired}.
 */
public record Expectation(List<String> ranking, Map<String, List<String>> excluded,
		Map<String, List<Approver>> approvals, Map<String, List<String>> notifications, List<RuleOnCandidate> fired,
		List<RuleOnCandidate> notFired, Map<String, CandidateExpectation> candidates, List<String> refused) {

	public Expectation {
		refused = refused == null ? List.of() : List.copyOf(refused);
		fired = fired == null ? List.of() : List.copyOf(fired);
		notFired = notFired == null ? List.of() : List.copyOf(notFired);
		candidates = candidates == null ? Map.of() : Map.copyOf(candidates);
	}

	/** A rule and the candidate it should (or should not) fire for. */
	public record RuleOnCandidate(String rule, String candidate) {
	}

	/** Fields of one candidate's result; only those given are checked. */
	public record CandidateExpectation(Integer rank, Status status, Tier tier, Integer score, BigDecimal distanceMiles,
			Location location, Boolean atDistance, String localAuthority) {
	}

}
