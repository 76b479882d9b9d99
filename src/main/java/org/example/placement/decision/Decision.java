package org.example.placement.decision;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.example.placement.decision.RankedCandidate.Notification;

/**
 * The ranked answer to a {@link DecisionRequest}, compact: candidates in rank order
 * (excluded last), for each adjacent pair what separated them, and each rule that applied
 * described once in {@code rules} (by id, in id order) rather than in every finding. The
 * sentences explaining findings and comparisons are built on request from this alone
 * ({@link ExplainedDecision}). {@code trace} holds every rule that fired, including
 * internal classifications; it is kept for scenarios and audit, not sent to callers (the
 * wire format, in the {@code json} module, leaves it out). {@code notifications} are
 * duties owed once for the decision, whichever candidate is chosen, that the rules state
 * about the decision itself (reg 13(1)-(3) notice of the placement); {@code duties} are
 * notifications the rules found owed for every candidate alike, by rules whose conditions
 * read nothing of the candidate (reg 9: the placement plan, informing the IRO), listed
 * here once instead of under each candidate. {@code rankingMethod} names the ranking
 * algorithm ({@link Ranking.Method}); a decision made before issue 10 has none, and
 * replays under the algorithm it was made with.
 */
public record Decision(String decisionId, String rulesetVersion, LocalDate asOf, String responsibleAuthority,
		List<RankedCandidate> candidates, List<Comparison> comparisons, List<Match> trace, Ranking.Method rankingMethod,
		List<Notification> notifications, List<Notification> duties, Map<String, RuleSummary> rules) {

	public Decision {
		candidates = List.copyOf(candidates);
		comparisons = List.copyOf(comparisons);
		trace = trace == null ? List.of() : List.copyOf(trace);
		notifications = notifications == null ? List.of() : List.copyOf(notifications);
		duties = duties == null ? List.of() : List.copyOf(duties);
		rules = rules == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(rules));
	}

	/**
	 * A decision as made before issue 10: no ranking method named, no decision-level
	 * notifications.
	 */
	public Decision(String decisionId, String rulesetVersion, LocalDate asOf, String responsibleAuthority,
			List<RankedCandidate> candidates, List<Comparison> comparisons, List<Match> trace) {
		this(decisionId, rulesetVersion, asOf, responsibleAuthority, candidates, comparisons, trace, null, List.of(),
				List.of(), Map.of());
	}

	/** The refs of the candidates ranked (excluded ones have no rank), best first. */
	public List<String> ranking() {
		return candidates.stream().filter((c) -> c.rank() != null).map(RankedCandidate::ref).toList();
	}

	/** The top choice: the candidate ranked first, if any is ranked. */
	public Optional<String> topChoice() {
		return ranking().stream().findFirst();
	}

	/** The candidate with this ref, if the decision holds one. */
	public Optional<RankedCandidate> candidate(String ref) {
		return candidates.stream().filter((c) -> c.ref().equals(ref)).findFirst();
	}

	/**
	 * Everyone who must be told if this candidate is chosen, for it alone or for every
	 * candidate alike ({@code duties}), in rule id order: the candidate's notifications
	 * as decisions listed them before duties were listed once.
	 */
	public List<Notification> notificationsOf(RankedCandidate candidate) {
		return Stream.concat(candidate.notifications().stream(), duties.stream())
			.sorted(Comparator.comparing(Notification::ruleId))
			.toList();
	}

}
