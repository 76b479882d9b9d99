package org.example.placement.decision;

import java.time.Instant;

/**
 * A decision as the log holds it: its place in the chain, when and for whom it was made, the
 * request exactly as decided, and the response exactly as sent (JSON), with the rules that fired.
 */
public record LoggedDecision(long sequence, String decisionId, Instant recordedAt, String caller,
		String rulesetVersion, DecisionRequest request, String responseJson, String firedJson, String hash) {
}
