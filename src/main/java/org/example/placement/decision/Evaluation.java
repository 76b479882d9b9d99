package org.example.placement.decision;

import java.util.List;
import java.util.Set;

/**
 * What the rule engine found for one request, and under which ruleset version:
 * {@code matches} are the findings rules inserted; {@code firings} is every rule that
 * fired, including internal classifications (the trace). {@code decisionWide} names the
 * rules of the ruleset that fire for a candidate without reading anything of it (their
 * conditions name no fact of the candidate they fire for), so what they find holds for
 * every candidate alike and is listed once ({@link Duties}).
 */
public record Evaluation(String rulesetVersion, List<Match> matches, List<Match> firings, Set<String> decisionWide) {

	public Evaluation {
		matches = List.copyOf(matches);
		firings = List.copyOf(firings);
		decisionWide = decisionWide == null ? Set.of() : Set.copyOf(decisionWide);
	}

	/** An evaluation by an engine that names no decision-wide rules. */
	public Evaluation(String rulesetVersion, List<Match> matches, List<Match> firings) {
		this(rulesetVersion, matches, firings, Set.of());
	}

}
