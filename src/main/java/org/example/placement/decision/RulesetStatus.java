package org.example.placement.decision;

import java.time.Instant;
import java.util.List;

/**
 * The ruleset serving now, how many scenarios it passed before it was let in (null when
 * none were checked: no scenario directory, or the check is off), and, if the latest
 * attempt to load a new one failed, why: a rejected ruleset never serves, and the last
 * good one keeps serving.
 */
public record RulesetStatus(Ruleset current, Integer scenariosChecked, Rejection lastRejection) {

	/**
	 * A ruleset version that failed to read, compile, validate or pass its scenarios,
	 * when, and every problem found.
	 */
	public record Rejection(String version, Instant at, List<RuleProblem> problems) {

		public Rejection {
			problems = List.copyOf(problems);
		}

	}

}
