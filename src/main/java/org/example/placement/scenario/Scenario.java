package org.example.placement.scenario;

import java.util.List;

import org.example.placement.decision.DecisionRequest;

/**
 * A scenario file ({@code test-scenarios/**}{@code /*.yaml}): {@code given} is exactly a
 * request body, {@code expect} a partial match on the decision. {@code covers} names the
 * rules it is about; {@code source} is set on audit replays.
 */
public record Scenario(String title, List<String> covers, Source source, DecisionRequest given, Expectation expect) {

	public Scenario {
		covers = covers == null ? List.of() : List.copyOf(covers);
	}

	/** Where an audit replay came from. */
	public record Source(String decisionId, String rulesetVersion) {
	}

}
