package org.example.placement.ledger;

import java.time.Instant;
import java.time.LocalDate;

import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;

/**
 * A decision as the log holds it: its place in the chain, when and for whom it was made,
 * the request exactly as decided, and the response exactly as sent (JSON), with the rules
 * that fired. {@code request} is null when the stored request no longer reads under
 * today's input rules (a record stored before they were made strict, say);
 * {@code requestProblem} then says where, and the decision can still be listed, shown and
 * verified, though not replayed.
 */
public record LoggedDecision(long sequence, String decisionId, Instant recordedAt, String caller,
		String responsibleAuthority, LocalDate asOf, String rulesetVersion, DecisionRequest request,
		String requestProblem, String responseJson, String firedJson, String hash) {

	/**
	 * The request as decided. @throws IllegalStateException when it no longer reads,
	 * saying where
	 */
	public DecisionRequest readableRequest() {
		if (request == null) {
			throw new IllegalStateException(
					"the stored request of decision " + decisionId + " cannot be read now: " + requestProblem);
		}
		return request;
	}

	/** The response as recorded, read back as the decision it was written from. */
	public Decision decision() {
		return new LedgerJson().readDecision(responseJson);
	}

}
