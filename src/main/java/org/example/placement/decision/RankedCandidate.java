package org.example.placement.decision;

import java.math.BigDecimal;
import java.util.List;

/**
 * A candidate's place in the ranking and every finding behind it, compactly: each
 * finding, approval and notification names its rule by id, and the decision describes
 * each rule once ({@link Decision#rules()}). {@code rank} is null when excluded.
 * {@code score} is all PREFER minus DISFAVOUR weights; {@code statutoryScore} is the part
 * from statutory factors ({@code england/} rules) and {@code localScore} the part from
 * local policy, which the ranking compares in that order. Both are absent from decisions
 * made before issue 10. {@code notifications} are those owed because of this candidate's
 * own facts; those owed whichever candidate is chosen are the decision's {@code duties}.
 */
public record RankedCandidate(String ref, Integer rank, Status status, Tier tier, int score, BigDecimal distanceMiles,
		String localAuthority, Location location, Boolean atDistance, List<Finding> findings, List<Approval> approvals,
		List<Notification> notifications, Integer statutoryScore, Integer localScore) {

	public RankedCandidate {
		findings = List.copyOf(findings);
		approvals = List.copyOf(approvals);
		notifications = List.copyOf(notifications);
	}

	/**
	 * A candidate as decisions before issue 10 presented it: one score, no statutory and
	 * local parts.
	 */
	public RankedCandidate(String ref, Integer rank, Status status, Tier tier, int score, BigDecimal distanceMiles,
			String localAuthority, Location location, Boolean atDistance, List<Finding> findings,
			List<Approval> approvals, List<Notification> notifications) {
		this(ref, rank, status, tier, score, distanceMiles, localAuthority, location, atDistance, findings, approvals,
				notifications, null, null);
	}

	/** Whether an EXCLUDE finding took this candidate out of the ranking. */
	public boolean excluded() {
		return status == Status.EXCLUDED;
	}

	/** The rules that excluded this candidate, in the order of its findings. */
	public List<String> excludedBy() {
		return findings.stream().filter((f) -> f.effect() == Effect.EXCLUDE).map(Finding::ruleId).toList();
	}

	/** RECOMMENDED is rank 1; EXCLUDED candidates have an EXCLUDE finding. */
	public enum Status {

		RECOMMENDED, ELIGIBLE, EXCLUDED

	}

	/**
	 * A rule that applied to this candidate: its id, effect and weight (PREFER and
	 * DISFAVOUR only). Its title and citation are the decision's {@code rules}; the
	 * sentence explaining it is built on request ({@link ExplainedDecision}).
	 */
	public record Finding(String ruleId, Effect effect, Integer weight) {
	}

	/** A sign-off the placement needs before it takes effect. */
	public record Approval(String ruleId, Approver approver) {
	}

	/** Someone who must be told, and by when. */
	public record Notification(String ruleId, String recipient, String due) {
	}

}
