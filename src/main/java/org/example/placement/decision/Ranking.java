package org.example.placement.decision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.example.placement.decision.RankedCandidate.Approval;
import org.example.placement.decision.RankedCandidate.Finding;
import org.example.placement.decision.RankedCandidate.Notification;
import org.example.placement.decision.RankedCandidate.Status;
import java.util.Comparator;

/**
 * The ranking algorithm, a pure function of the candidates and the rules that fired:
 * <ol>
 * <li>a candidate with any EXCLUDE finding is excluded and listed last, by
 * reference;</li>
 * <li>statutory tier: parent, then connected-person foster parent (or the
 * fostering-for-adoption tiers), then the rest;</li>
 * <li>within a tier, the statutory score: the sum of PREFER minus DISFAVOUR weights of
 * statutory ({@code england/}) rules, the s22C(8)-(9) factors, highest first;</li>
 * <li>then the local score: the same sum over local policy ({@code local/}) rules,
 * highest first, so a local weight only orders candidates that the statutory factors
 * leave level;</li>
 * <li>ties: lower weekly cost first where given, then reference ascending.</li>
 * </ol>
 * Policy staff read the same algorithm in {@code rules/README.md}; change both together.
 * Findings about the decision as a whole ({@link Match#DECISION}) rank nothing; their
 * notifications are returned once, beside the candidates, and so are the notifications of
 * rules that read nothing of the candidate ({@link Duties}).
 */
public final class Ranking {

	private Ranking() {
	}

	/**
	 * The ranking algorithms, named in each decision so that a logged decision replays
	 * under the one it was made with. A decision that names none was made with
	 * {@link #SINGLE_SCORE}.
	 */
	public enum Method {

		/**
		 * Before issue 10: statutory and local weights added into one score. Replay only.
		 */
		SINGLE_SCORE,

		/**
		 * Statutory factors compared before local policy (issue 10). Every new decision.
		 */
		STATUTORY_FIRST

	}

	/**
	 * The ranked candidates and, for each adjacent pair, what separated them, by today's
	 * algorithm.
	 */
	public static Result rank(List<Candidate> candidates, List<Match> matches) {
		return rank(candidates, matches, Method.STATUTORY_FIRST, Set.of());
	}

	/**
	 * The same under a named algorithm: replaying a decision made before issue 10 uses
	 * {@link Method#SINGLE_SCORE}.
	 */
	public static Result rank(List<Candidate> candidates, List<Match> matches, Method method) {
		return rank(candidates, matches, method, Set.of());
	}

	/**
	 * The same, listing once as the decision's duties the notifications of
	 * {@code decisionWide} rules (rules whose conditions read nothing of the candidate,
	 * {@link Evaluation#decisionWide()}) that hold for every candidate alike.
	 */
	public static Result rank(List<Candidate> candidates, List<Match> matches, Method method,
			Set<String> decisionWide) {
		Map<String, List<Match>> byCandidate = new LinkedHashMap<>();
		for (Candidate c : candidates) {
			byCandidate.put(c.ref(), new ArrayList<>());
		}
		// by id, the first rule seen for each: put in rule id order once, at the end
		Map<String, RuleDefinition> described = new HashMap<>();
		List<Notification> decisionNotifications = new ArrayList<>();
		for (Match m : matches) {
			if (Match.DECISION.equals(m.candidateRef())) {
				if (m.rule().effect() == Effect.NOTIFY) {
					decisionNotifications.add(notification(m.rule()));
					described.put(m.rule().id(), m.rule());
				}
			}
			else {
				byCandidate.get(m.candidateRef()).add(m);
			}
		}
		Duties duties = Duties.of(byCandidate, decisionWide);
		boolean single = method == Method.SINGLE_SCORE;
		List<Standing> order = standings(candidates, byCandidate, single);
		List<RankedCandidate> ranked = new ArrayList<>(order.size());
		for (int i = 0; i < order.size(); i++) {
			List<RuleDefinition> visible = order.get(i).visible();
			ranked.add(present(order.get(i), visible, i + 1, single, duties));
			for (RuleDefinition r : visible) {
				described.putIfAbsent(r.id(), r);
			}
		}
		Map<String, RuleSummary> rules = new TreeMap<>();
		described.forEach((id, rule) -> rules.put(id, RuleSummary.of(rule)));
		List<Notification> owed = new ArrayList<>(duties.rules().size());
		for (RuleDefinition r : duties.rules()) {
			owed.add(notification(r));
		}
		return new Result(ranked, comparisons(order, single), decisionNotifications, owed, rules);
	}

	/** Where each candidate stands, in rank order. */
	private static List<Standing> standings(List<Candidate> candidates, Map<String, List<Match>> byCandidate,
			boolean single) {
		List<Standing> order = new ArrayList<>(candidates.size());
		for (Candidate c : candidates) {
			order.add(Standing.of(c, byCandidate.get(c.ref())));
		}
		order.sort(single ? Standing.SINGLE_SCORE : Standing.RANKING);
		return order;
	}

	/** What separated each pair of neighbours, in rank order. */
	private static List<Comparison> comparisons(List<Standing> order, boolean single) {
		List<Comparison> comparisons = new ArrayList<>(Math.max(0, order.size() - 1));
		for (int i = 1; i < order.size(); i++) {
			comparisons.add(single ? Explanations.compareSingleScore(order.get(i - 1), order.get(i))
					: Explanations.compare(order.get(i - 1), order.get(i)));
		}
		return comparisons;
	}

	static Notification notification(RuleDefinition r) {
		return new Notification(r.id(), r.recipient(), r.due());
	}

	private static RankedCandidate present(Standing s, List<RuleDefinition> visible, int position, boolean single,
			Duties duties) {
		Candidate c = s.candidate();
		Status status = s.excluded() ? Status.EXCLUDED : position == 1 ? Status.RECOMMENDED : Status.ELIGIBLE;
		List<Finding> findings = new ArrayList<>(visible.size());
		List<Approval> approvals = new ArrayList<>();
		List<Notification> notifications = new ArrayList<>();
		for (RuleDefinition r : visible) {
			if (!duties.holds(r)) {
				findings.add(new Finding(r.id(), r.effect(), r.weight()));
			}
		}
		for (RuleDefinition r : s.rules()) {
			if (r.effect() == Effect.REQUIRE_APPROVAL) {
				approvals.add(new Approval(r.id(), r.approver()));
			}
			else if (r.effect() == Effect.NOTIFY && !duties.holds(r)) {
				notifications.add(notification(r));
			}
		}
		return new RankedCandidate(c.ref(), s.excluded() ? null : position, status, s.tier(), s.score(),
				c.distanceMiles(), c.localAuthority(), c.location(), c.atDistance(), findings, approvals, notifications,
				single ? null : s.statutoryScore(), single ? null : s.localScore());
	}

	/**
	 * Candidates in rank order, the comparisons between neighbours, the notifications
	 * owed once for the decision (in rule id order), the duties found alike for every
	 * candidate (in rule id order) and every rule the answer names, described once.
	 */
	public record Result(List<RankedCandidate> candidates, List<Comparison> comparisons,
			List<Notification> notifications, List<Notification> duties, Map<String, RuleSummary> rules) {

		public Result {
			notifications = byRuleId(notifications);
			duties = byRuleId(duties);
		}

		/** In rule id order (stable), each distinct notification once. */
		private static List<Notification> byRuleId(List<Notification> notifications) {
			if (notifications.isEmpty()) {
				return List.of();
			}
			List<Notification> sorted = new ArrayList<>(notifications);
			sorted.sort(Comparator.comparing(Notification::ruleId));
			return List.copyOf(new LinkedHashSet<>(sorted));
		}

	}

}
