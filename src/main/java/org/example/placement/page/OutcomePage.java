package org.example.placement.page;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.example.placement.decision.InvalidRequestException;
import org.example.placement.decision.InvalidRequestException.FieldError;
import org.example.placement.ledger.AccessLog;
import org.example.placement.ledger.LoggedDecision;
import org.example.placement.outcome.MalformedInputException;
import org.example.placement.outcome.Outcomes;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /decisions/{id}/outcome}: the outcome form on a page of its own (the decision
 * page shows the same form in its slot), and where both post, CSRF-protected, to record
 * what was chosen through the same service as the API ({@link Outcomes}). A recorded
 * outcome redirects back here, saying so; a refused one shows the form again with what
 * was entered and an error summary linking to each field (400 or 422, as the API
 * answers). Role DECIDE for the decision's authority (another authority's decision is a
 * 404).
 */
@Controller
class OutcomePage {

	static final String PATH = "/decisions/{decisionId}/outcome";

	private final Outcomes outcomes;

	private final OutcomeForms forms;

	private final AccessLog accessLog;

	OutcomePage(Outcomes outcomes, OutcomeForms forms, AccessLog accessLog) {
		this.outcomes = outcomes;
		this.forms = forms;
		this.accessLog = accessLog;
	}

	@GetMapping(PATH)
	String show(@PathVariable String decisionId, @RequestParam(required = false) String recorded, Authentication reader,
			Model model) {
		LoggedDecision logged = outcomes.readable(decisionId, reader);
		accessLog.record(reader.getName(), AccessLog.Kind.OUTCOME, List.of(logged.decisionId()));
		model.addAttribute("form", forms.form(logged, OutcomeForm.Entered.NOTHING, List.of()));
		model.addAttribute("recorded", recorded != null);
		return "outcome";
	}

	@PostMapping(PATH)
	String record(@PathVariable String decisionId, @RequestParam(defaultValue = "") String chosenRef,
			@RequestParam(defaultValue = "") String reasonCode, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String decidedBy, @RequestParam(defaultValue = "") String decidedOn,
			Authentication client, Model model, HttpServletResponse response) {
		OutcomeForm.Entered entered = new OutcomeForm.Entered(chosenRef, reasonCode, reason, decidedBy, decidedOn);
		LoggedDecision logged = outcomes.readable(decisionId, client);
		List<FieldError> errors;
		HttpStatus status;
		try {
			outcomes.record(logged.decisionId(), OutcomeForms.read(entered), client);
			return "redirect:/decisions/" + logged.decisionId() + "/outcome?recorded";
		}
		catch (MalformedInputException ex) {
			errors = ex.errors();
			status = HttpStatus.BAD_REQUEST;
		}
		catch (InvalidRequestException ex) {
			errors = ex.errors();
			status = HttpStatus.UNPROCESSABLE_CONTENT;
		}
		response.setStatus(status.value());
		model.addAttribute("form", forms.form(logged, entered, errors));
		model.addAttribute("recorded", false);
		return "outcome";
	}

}
