package org.example.placement.decision;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.example.placement.decision.RankedCandidate.Finding;
import org.example.placement.decision.RankedCandidate.Notification;

/**
 * The plain-language sentences of one decision, built from the compact decision alone:
 * its rules' metadata (so citations are never retyped), its candidates and the
 * comparisons between them. The same words the answer carried in every finding and
 * comparison before decisions were compact.
 */
final class Sentences {

	private static final RuleSummary UNKNOWN = new RuleSummary("(rule not described in this decision)", "", Effect.NOTE,
			null, "england", null);

	private final Decision decision;

	private final Map<String, RankedCandidate> byRef;

	private final boolean singleScore;

	Sentences(Decision decision) {
		this.decision = decision;
		this.byRef = decision.candidates()
			.stream()
			.collect(Collectors.toMap(RankedCandidate::ref, c -> c, (a, b) -> a));
		this.singleScore = decision.rankingMethod() == null || decision.rankingMethod() == Ranking.Method.SINGLE_SCORE;
	}

	/**
	 * Where the statutory factors are, in the law of the responsible authority's country.
	 */
	private String factorsCitation() {
		return AuthorityCode.isWelsh(decision.responsibleAuthority()) ? "s81(8)-(9) of the 2014 Act" : "s22C(8)-(9)";
	}

	RuleSummary rule(String id) {
		return decision.rules().getOrDefault(id, UNKNOWN);
	}

	/** Why a finding applied to the candidate, in words, with its citation. */
	String explanation(Finding finding, RankedCandidate candidate) {
		RuleSummary rule = rule(finding.ruleId());
		String what = switch (finding.effect()) {
			case EXCLUDE -> "Excluded: " + rule.title();
			case TIER -> "Tier " + rule.tier() + ": " + rule.title();
			case PREFER -> rule.title() + " (+" + finding.weight() + ")";
			case DISFAVOUR -> rule.title() + " (-" + finding.weight() + ")";
			case REQUIRE_APPROVAL -> "Needs approval by " + approver(finding.ruleId(), candidate) + ": " + rule.title();
			case NOTIFY -> notify(finding.ruleId(), candidate) + ": " + rule.title();
			case NOTE, DERIVE -> rule.title();
		};
		return what + " [" + rule.citation() + (rule.local() ? "; layer " + rule.layer() : "") + "]";
	}

	private static String approver(String ruleId, RankedCandidate candidate) {
		return candidate.approvals()
			.stream()
			.filter(a -> a.ruleId().equals(ruleId))
			.map(a -> String.valueOf(a.approver()))
			.findFirst()
			.orElse("null");
	}

	private String notify(String ruleId, RankedCandidate candidate) {
		return decision.notificationsOf(candidate)
			.stream()
			.filter(n -> n.ruleId().equals(ruleId))
			.findFirst()
			.map(Sentences::notify)
			.orElse("Notify null");
	}

	private static String notify(Notification n) {
		return "Notify " + n.recipient() + (n.due() == null ? "" : " " + n.due());
	}

	/** What separated two neighbours, in words. */
	String reason(Comparison c) {
		RankedCandidate higher = byRef.get(c.higher());
		RankedCandidate lower = byRef.get(c.lower());
		String same = singleScore ? "Same tier and score" : "Same tier, statutory factors and local policy";
		return switch (c.decidedBy()) {
			case EXCLUSION -> c.lower() + " is excluded: " + described(c.ruleIds());
			case TIER -> c.higher() + " is in statutory tier " + higher.tier() + " (" + described(c.ruleIds())
					+ "), above " + c.lower() + " in tier " + lower.tier();
			case STATUTORY_FACTORS -> "Same tier; statutory factors (" + factorsCitation() + ") score "
					+ higher.statutoryScore() + " against " + lower.statutoryScore() + " (" + listed(c, higher)
					+ "); local policy (" + higher.localScore() + " against " + lower.localScore()
					+ ") is weighed only between candidates the statutory factors leave level";
			case LOCAL_POLICY ->
				"Same tier and statutory factors (" + higher.statutoryScore() + " each); local policy score "
						+ higher.localScore() + " against " + lower.localScore() + " (" + listed(c, higher) + ")";
			case SCORE ->
				"Same tier; score " + higher.score() + " against " + lower.score() + " (" + listed(c, higher) + ")";
			case COST ->
				same + "; lower weekly cost (" + c.weeklyCosts().higher() + " against " + c.weeklyCosts().lower() + ")";
			case REF ->
				higher.excluded() && lower.excluded() ? "Both are excluded; excluded candidates are listed by reference"
						: (singleScore ? "Same tier, score and cost"
								: "Same tier, statutory factors, local policy and cost")
								+ "; ordered by reference so the result is deterministic";
		};
	}

	private String described(List<String> ruleIds) {
		return ruleIds.stream().map(id -> id + " " + rule(id).citation()).distinct().collect(Collectors.joining("; "));
	}

	/** Each differing rule's signed weight and whom it applies to. */
	private static String listed(Comparison c, RankedCandidate higher) {
		return c.ruleIds().stream().map(id -> {
			boolean forHigher = higher.findings()
				.stream()
				.anyMatch(f -> f.ruleId().equals(id) && f.effect().weighted());
			int weight = c.weights().getOrDefault(id, 0);
			return id + " " + (weight >= 0 ? "+" + weight : String.valueOf(weight)) + " for "
					+ (forHigher ? c.higher() : c.lower());
		}).collect(Collectors.joining(", "));
	}

}
