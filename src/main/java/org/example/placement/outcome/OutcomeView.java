package org.example.placement.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.example.placement.decision.Decision;
import org.example.placement.decision.Divergence;
import org.example.placement.decision.Outcome;
import org.example.placement.decision.ReasonCode;
import org.example.placement.ledger.RecordedOutcome;
import org.jspecify.annotations.Nullable;

/**
 * An outcome as the API shows it: what was chosen and why, by whom and when, whether it
 * overrode the ranking ({@code topRef} is the first-ranked eligible candidate, null when
 * none was eligible) and which rules it overrode ({@link Divergence}), and where the log
 * holds it.
 */
public record OutcomeView(String outcomeId, String decisionId, String chosenRef, @Nullable ReasonCode reasonCode,
		@Nullable String reason, String decidedBy, LocalDate decidedOn, boolean override, @Nullable String topRef,
		boolean chosenExcluded, List<String> overriddenRules, Instant recordedAt, String recordedBy,
		@Nullable String supersedes, long sequence, String hash) {

	static OutcomeView of(RecordedOutcome recorded, Decision decision) {
		Outcome outcome = recorded.outcome();
		Divergence divergence = Divergence.of(decision, outcome.chosenRef());
		return new OutcomeView(recorded.outcomeId(), recorded.decisionId(), outcome.chosenRef(), outcome.reasonCode(),
				outcome.reason(), outcome.decidedBy(), outcome.decidedOn(), divergence.override(), divergence.topRef(),
				divergence.chosenExcluded(), divergence.overriddenRules(), recorded.recordedAt(), recorded.caller(),
				recorded.supersedes(), recorded.sequence(), recorded.hash());
	}

	/** A decision's current outcome and those it superseded, newest first. */
	public record History(OutcomeView current, List<OutcomeView> superseded) {

		public History {
			superseded = List.copyOf(superseded);
		}

	}

}
