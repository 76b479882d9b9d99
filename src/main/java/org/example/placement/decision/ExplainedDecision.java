package org.example.placement.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.example.placement.decision.Comparison.DecidedBy;
import org.example.placement.decision.RankedCandidate.Notification;
import org.example.placement.decision.RankedCandidate.Status;

/**
 * A decision with every sentence written out, as the API answered before decisions were
 * compact, and as it answers {@code ?explain=full}: each finding, approval and
 * notification carries its rule's title and citation, each finding its explanation and
 * each comparison its reason, and the decision's {@code duties} are listed under every
 * candidate again. Built from the compact {@link Decision} alone, so it can be built for
 * any decision, recorded or new; a decision recorded in this shape replays in it.
 */
public record ExplainedDecision(String decisionId, String rulesetVersion, LocalDate asOf, String responsibleAuthority,
		List<Choice> candidates, List<Reasoned> comparisons, Ranking.Method rankingMethod, List<Notice> notifications) {

	/** The full form of a compact decision. */
	public static ExplainedDecision of(Decision decision) {
		Sentences sentences = new Sentences(decision);
		List<Choice> candidates = decision.candidates().stream().map(c -> choice(c, decision, sentences)).toList();
		List<Reasoned> comparisons = decision.comparisons()
			.stream()
			.map(c -> new Reasoned(c.higher(), c.lower(), c.decidedBy(), c.ruleIds(), sentences.reason(c)))
			.toList();
		return new ExplainedDecision(decision.decisionId(), decision.rulesetVersion(), decision.asOf(),
				decision.responsibleAuthority(), candidates, comparisons, decision.rankingMethod(),
				decision.notifications().stream().map(n -> notice(n, sentences)).toList());
	}

	private static Choice choice(RankedCandidate c, Decision decision, Sentences sentences) {
		List<RankedCandidate.Finding> duties = decision.duties()
			.stream()
			.map(d -> new RankedCandidate.Finding(d.ruleId(), Effect.NOTIFY, null))
			.toList();
		List<Finding> findings = merged(c.findings(), duties, RankedCandidate.Finding::ruleId).stream()
			.map(f -> new Finding(f.ruleId(), sentences.rule(f.ruleId()).title(), sentences.rule(f.ruleId()).citation(),
					f.effect(), f.weight(), sentences.explanation(f, c)))
			.toList();
		List<Approval> approvals = c.approvals()
			.stream()
			.map(a -> new Approval(a.ruleId(), a.approver(), sentences.rule(a.ruleId()).citation()))
			.toList();
		List<Notice> notices = merged(c.notifications(), decision.duties(), Notification::ruleId).stream()
			.map(n -> notice(n, sentences))
			.toList();
		return new Choice(c.ref(), c.rank(), c.status(), c.tier(), c.score(), c.distanceMiles(), c.localAuthority(),
				c.location(), c.atDistance(), findings, approvals, notices, c.statutoryScore(), c.localScore());
	}

	private static Notice notice(Notification n, Sentences sentences) {
		return new Notice(n.ruleId(), n.recipient(), n.due(), sentences.rule(n.ruleId()).citation());
	}

	/**
	 * The candidate's own entries with the decision's duties put back among them, each
	 * before the first of its own that sorts after it by rule id (findings are in rule id
	 * order, as the engine gives them).
	 */
	private static <T> List<T> merged(List<T> own, List<T> duties, Function<T, String> id) {
		if (duties.isEmpty()) {
			return own;
		}
		List<T> all = new ArrayList<>(own);
		for (T duty : duties) {
			int at = 0;
			while (at < all.size() && id.apply(all.get(at)).compareTo(id.apply(duty)) <= 0) {
				at++;
			}
			all.add(at, duty);
		}
		return all;
	}

	/** A candidate with its findings explained. */
	public record Choice(String ref, Integer rank, Status status, Tier tier, int score, BigDecimal distanceMiles,
			String localAuthority, Location location, Boolean atDistance, List<Finding> findings,
			List<Approval> approvals, List<Notice> notifications, Integer statutoryScore, Integer localScore) {
	}

	/** A rule that applied to a candidate, with the provision it comes from, in words. */
	public record Finding(String ruleId, String title, String citation, Effect effect, Integer weight,
			String explanation) {
	}

	/** A sign-off the placement needs, and the provision that requires it. */
	public record Approval(String ruleId, Approver approver, String citation) {
	}

	/** Someone who must be told, by when, and the provision that requires it. */
	public record Notice(String ruleId, String recipient, String due, String citation) {
	}

	/** What separated two neighbours, with the sentence saying so. */
	public record Reasoned(String higher, String lower, DecidedBy decidedBy, List<String> ruleIds, String reason) {
	}

}
