package org.example.placement.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.example.placement.decision.InvalidRequestException.FieldError;

/**
 * Whether an outcome may be recorded against its decision, each refusal naming its field
 * (422): the chosen candidate must be one of the decision's; an override (any candidate
 * but the first-ranked eligible one) needs a {@code reasonCode} and a {@code reason}; an
 * EXCLUDED candidate may be chosen only under a court order ({@code COURT_ORDER}); and
 * the decision date can be neither after today nor before the decision was made. Field
 * values are never echoed.
 */
public final class OutcomeCheck {

	static final String NOT_A_CANDIDATE = "is not one of this decision's candidates";

	static final String EXCLUDED = "was excluded by a statutory bar: it may be chosen only under a court order "
			+ "(reasonCode COURT_ORDER)";

	static final String REQUIRED = "is required when the chosen candidate is not the first-ranked eligible one";

	private OutcomeCheck() {
	}

	/**
	 * The outcome's divergence from the decision. @throws InvalidRequestException naming
	 * each field at fault
	 */
	public static Divergence check(Decision decision, Outcome outcome, LocalDate today, LocalDate decisionMadeOn) {
		List<FieldError> errors = new ArrayList<>();
		if (outcome.decidedOn().isAfter(today)) {
			errors.add(new FieldError("decidedOn", "is after today"));
		}
		else if (outcome.decidedOn().isBefore(decisionMadeOn)) {
			errors.add(new FieldError("decidedOn", "is before the decision was made"));
		}
		if (decision.candidate(outcome.chosenRef()).isEmpty()) {
			errors.add(new FieldError("chosenRef", NOT_A_CANDIDATE));
			throw new InvalidRequestException(errors);
		}
		Divergence divergence = Divergence.of(decision, outcome.chosenRef());
		if (divergence.chosenExcluded() && outcome.reasonCode() != ReasonCode.COURT_ORDER) {
			errors.add(new FieldError("chosenRef", EXCLUDED));
		}
		if (divergence.override() && outcome.reasonCode() == null) {
			errors.add(new FieldError("reasonCode", REQUIRED));
		}
		if (divergence.override() && !outcome.hasReason()) {
			errors.add(new FieldError("reason", REQUIRED));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
		return divergence;
	}

}
