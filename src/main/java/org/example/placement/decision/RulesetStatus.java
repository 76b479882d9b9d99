package org.example.placement.decision;

import java.time.Instant;
import java.util.List;

/**
 * The ruleset serving now and, if the latest attempt to load a new one failed, why: a rejected
 * ruleset never serves, and the last good one keeps serving.
 */
public record RulesetStatus(Ruleset current, Rejection lastRejection) {

	/** A ruleset version that failed to compile or validate, when, and every problem found. */
	public record Rejection(String version, Instant at, List<RuleProblem> problems) {

		public Rejection {
			problems = List.copyOf(problems);
		}

	}

}
