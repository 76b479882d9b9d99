package org.example.placement.decision;

import java.util.Arrays;
import java.util.Objects;

/**
 * A decision as the log recorded it, with its response exactly as stored: the compact
 * decision as JSON in UTF-8, without its trace. The API answers with these bytes, written
 * once for both, so the answer, the record and every retry under the same idempotency key
 * are byte for byte the same.
 */
public record RecordedDecision(Decision decision, byte[] response) {

	public RecordedDecision {
		Objects.requireNonNull(decision, "decision");
		Objects.requireNonNull(response, "response");
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RecordedDecision that && decision.equals(that.decision)
				&& Arrays.equals(response, that.response);
	}

	@Override
	public int hashCode() {
		return 31 * decision.hashCode() + Arrays.hashCode(response);
	}

	@Override
	public String toString() {
		return "RecordedDecision[" + decision.decisionId() + ", " + response.length + " bytes]";
	}

}
