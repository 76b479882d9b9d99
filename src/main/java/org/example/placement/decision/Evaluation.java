package org.example.placement.decision;

import java.util.List;

/**
 * What the rule engine found for one request, and under which ruleset version:
 * {@code matches} are the findings rules inserted; {@code firings} is every rule that
 * fired, including internal classifications (the trace).
 */
public record Evaluation(String rulesetVersion, List<Match> matches, List<Match> firings) {

	public Evaluation {
		matches = List.copyOf(matches);
		firings = List.copyOf(firings);
	}

}
