package org.example.placement.decision;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The ranked, explained answer to a {@link DecisionRequest}: candidates in rank order
 * (excluded last), and for each adjacent pair what separated them. {@code trace} holds every
 * rule that fired, including internal classifications; it is kept for scenarios and audit,
 * not sent to callers.
 */
public record Decision(String decisionId, String rulesetVersion, LocalDate asOf, String responsibleAuthority,
		List<RankedCandidate> candidates, List<Comparison> comparisons, @JsonIgnore List<Match> trace) {

	public Decision {
		candidates = List.copyOf(candidates);
		comparisons = List.copyOf(comparisons);
		trace = trace == null ? List.of() : List.copyOf(trace);
	}

}
