package org.example.placement.decision;

import java.math.BigDecimal;
import java.util.List;

/**
 * A candidate's place in the ranking and every finding behind it. {@code rank} is null
 * when excluded. {@code score} is all PREFER minus DISFAVOUR weights;
 * {@code statutoryScore} is the part from statutory factors ({@code england/} rules) and
 * {@code localScore} the part from local policy, which the ranking compares in that
 * order. Both are absent from decisions made before issue 10.
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

	/** A rule that applied to this candidate, with the provision it comes from. */
	public record Finding(String ruleId, String title, String citation, Effect effect, Integer weight,
			String explanation) {
	}

	/** A sign-off the placement needs before it takes effect. */
	public record Approval(String ruleId, Approver approver, String citation) {
	}

	/** Someone who must be told, and by when. */
	public record Notification(String ruleId, String recipient, String due, String citation) {
	}

}
