package org.example.placement.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.example.placement.decision.RankedCandidate.Notification;

/**
 * The ranked, explained answer to a {@link DecisionRequest}: candidates in rank order
 * (excluded last), and for each adjacent pair what separated them. {@code trace} holds
 * every rule that fired, including internal classifications; it is kept for scenarios and
 * audit, not sent to callers (the wire format, in the {@code json} module, leaves it
 * out). {@code notifications} are duties owed once for the decision, whichever candidate
 * is chosen (reg 13(1)-(3) notice of the placement); absent when there are none.
 * {@code rankingMethod} names the ranking algorithm ({@link Ranking.Method}); a decision
 * made before issue 10 has none, and replays under the algorithm it was made with.
 */
public record Decision(String decisionId, String rulesetVersion, LocalDate asOf, String responsibleAuthority,
		List<RankedCandidate> candidates, List<Comparison> comparisons, List<Match> trace, Ranking.Method rankingMethod,
		List<Notification> notifications) {

	public Decision {
		candidates = List.copyOf(candidates);
		comparisons = List.copyOf(comparisons);
		trace = trace == null ? List.of() : List.copyOf(trace);
		notifications = notifications == null ? List.of() : List.copyOf(notifications);
	}

	/**
	 * A decision as made before issue 10: no ranking method named, no decision-level
	 * notifications.
	 */
	public Decision(String decisionId, String rulesetVersion, LocalDate asOf, String responsibleAuthority,
			List<RankedCandidate> candidates, List<Comparison> comparisons, List<Match> trace) {
		this(decisionId, rulesetVersion, asOf, responsibleAuthority, candidates, comparisons, trace, null, List.of());
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

}
