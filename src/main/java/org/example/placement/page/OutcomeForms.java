package org.example.placement.page;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.example.placement.decision.Decision;
import org.example.placement.decision.InvalidRequestException.FieldError;
import org.example.placement.decision.Outcome;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.decision.ReasonCode;
import org.example.placement.ledger.LoggedDecision;
import org.example.placement.outcome.MalformedInputException;
import org.example.placement.outcome.OutcomeView;
import org.example.placement.outcome.Outcomes;
import org.example.placement.security.ClientAccess;
import org.example.placement.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Builds the outcome form ({@code templates/fragments/outcome.html}) for a decision, and
 * reads what a person posted into an {@link Outcome}. The decision page's slot asks for
 * the form by decision id ({@code ${@outcomeForms.form(id)}}), as whoever is reading:
 * null, so no form is shown, when the reader may not record outcomes (role DECIDE for the
 * decision's authority).
 */
@Component("outcomeForms")
public class OutcomeForms {

	private final Outcomes outcomes;

	OutcomeForms(Outcomes outcomes) {
		this.outcomes = outcomes;
	}

	/** The empty form for the signed-in reader, or null when it may not record. */
	public @Nullable OutcomeForm form(String decisionId) {
		Authentication reader = SecurityContextHolder.getContext().getAuthentication();
		if (reader == null || !ClientAccess.of(reader).roles().contains(Role.DECIDE)) {
			return null;
		}
		try {
			return form(outcomes.readable(decisionId, reader), OutcomeForm.Entered.NOTHING, List.of());
		}
		catch (ResponseStatusException ex) {
			return null;
		}
	}

	OutcomeForm form(LoggedDecision logged, OutcomeForm.Entered entered, List<FieldError> errors) {
		Decision decision = logged.decision();
		String top = decision.topChoice().orElse(null);
		List<OutcomeForm.Choice> choices = decision.candidates().stream().map((c) -> choice(c, top)).toList();
		OutcomeView current = outcomes.current(logged).orElse(null);
		return new OutcomeForm(logged.decisionId(), choices, Arrays.asList(ReasonCode.values()), current, entered,
				errors);
	}

	private static OutcomeForm.Choice choice(RankedCandidate candidate, @Nullable String top) {
		boolean excluded = candidate.excluded();
		String label = candidate.ref() + (excluded ? ": excluded (only under a court order)"
				: ": ranked " + candidate.rank() + (candidate.ref().equals(top) ? ", recommended" : ""));
		return new OutcomeForm.Choice(candidate.ref(), label, candidate.ref().equals(top), excluded);
	}

	/**
	 * What was posted, as an outcome. @throws MalformedInputException naming a reason
	 * code or a date that cannot be read
	 */
	static Outcome read(OutcomeForm.Entered entered) {
		List<FieldError> errors = new ArrayList<>();
		ReasonCode code = null;
		if (!entered.reasonCode().isBlank()) {
			try {
				code = ReasonCode.valueOf(entered.reasonCode());
			}
			catch (IllegalArgumentException ex) {
				errors.add(new FieldError("reasonCode", "must be one of the reasons listed"));
			}
		}
		LocalDate decidedOn = null;
		try {
			decidedOn = entered.decidedOn().isBlank() ? null : LocalDate.parse(entered.decidedOn());
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError("decidedOn", "must be a date, yyyy-mm-dd"));
		}
		if (!errors.isEmpty()) {
			throw new MalformedInputException(false, errors);
		}
		return new Outcome(entered.chosenRef(), code, entered.reason().isBlank() ? null : entered.reason(),
				entered.decidedBy(), decidedOn);
	}

}
