package org.example.placement.page;

import java.util.List;

import org.example.placement.decision.InvalidRequestException.FieldError;
import org.example.placement.decision.ReasonCode;
import org.example.placement.outcome.OutcomeView;
import org.jspecify.annotations.Nullable;

/**
 * What the outcome form shows for one decision: the candidates to choose from in rank
 * order (the first-ranked eligible one marked, excluded ones said to need a court order),
 * the reason codes, the outcome now recorded if any, and, after a refused post, what was
 * entered and what was wrong with it, field by field.
 */
public record OutcomeForm(String decisionId, List<Choice> choices, List<ReasonCode> reasonCodes,
		@Nullable OutcomeView current, Entered entered, List<FieldError> errors) {

	public OutcomeForm {
		choices = List.copyOf(choices);
		reasonCodes = List.copyOf(reasonCodes);
		errors = List.copyOf(errors);
	}

	/** The message for a field, if it was refused. */
	public @Nullable String errorFor(String field) {
		return errors.stream().filter((e) -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
	}

	/** A candidate that may be chosen, as the form labels it. */
	public record Choice(String ref, String label, boolean top, boolean excluded) {
	}

	/** What the person entered, as text, to show again after a refusal. */
	public record Entered(String chosenRef, String reasonCode, String reason, String decidedBy, String decidedOn) {

		static final Entered NOTHING = new Entered("", "", "", "", "");

	}

}
