package org.example.placement.ledger;

import java.time.Instant;

import org.example.placement.decision.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * An outcome as the decision log holds it: its id, the decision it is the outcome of, its
 * place in the hash chain, when and by which client it was recorded ({@code caller}), the
 * outcome itself, and the earlier outcome of the same decision it supersedes, if any.
 */
public record RecordedOutcome(String outcomeId, String decisionId, long sequence, Instant recordedAt, String caller,
		Outcome outcome, @Nullable String supersedes, String hash) {

	static RecordedOutcome of(OutcomeEntry entry) {
		return new RecordedOutcome(entry.outcomeId(), entry.decisionId(), entry.sequence(), entry.recordedAt(),
				entry.caller(), entry.outcome(), entry.supersedes(), entry.recordHash());
	}

	/** Whether this records the same choice, reason, person and date as {@code other}. */
	public boolean sameAs(Outcome other) {
		return outcome.equals(other);
	}

}
