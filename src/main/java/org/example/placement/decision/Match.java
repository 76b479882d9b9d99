package org.example.placement.decision;

import java.util.Objects;

/** A rule that fired for a candidate. */
public record Match(RuleDefinition rule, String candidateRef) {

	public Match {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(candidateRef, "candidateRef");
	}

}
