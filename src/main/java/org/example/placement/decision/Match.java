package org.example.placement.decision;

import java.util.Objects;

/**
 * A rule that fired for a candidate, or for the decision as a whole ({@link #DECISION}).
 */
public record Match(RuleDefinition rule, String candidateRef) {

	/**
	 * The candidate reference of a finding about the whole decision (a duty owed once,
	 * e.g. reg 13).
	 */
	public static final String DECISION = "*";

	public Match {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(candidateRef, "candidateRef");
	}

}
