package org.example.placement.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Validator;
import org.example.placement.decision.Decision;
import org.example.placement.decision.InvalidRequestException.FieldError;
import org.example.placement.decision.Outcome;
import org.example.placement.decision.OutcomeCheck;
import org.example.placement.json.JsonPaths;
import org.example.placement.ledger.AccessLog;
import org.example.placement.ledger.DecisionLedger;
import org.example.placement.ledger.LoggedDecision;
import org.example.placement.ledger.OutcomeLedger;
import org.example.placement.ledger.RecordedOutcome;
import org.example.placement.security.ClientAccess;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Records and reads practitioners' outcomes, for the API and the decision page alike: the
 * decision must be one the client may act for (404 otherwise, as for no decision), the
 * outcome must be well-formed (400 naming each field) and fit the decision
 * ({@link OutcomeCheck}, 422 naming each field), and "today" is today in England. Field
 * values, and above all the free-text reason, are never logged.
 */
@Component
public class Outcomes {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final DecisionLedger decisions;

	private final OutcomeLedger ledger;

	private final AccessLog accessLog;

	private final Validator validator;

	private final Clock clock;

	Outcomes(DecisionLedger decisions, OutcomeLedger ledger, AccessLog accessLog, Validator validator, Clock clock) {
		this.decisions = decisions;
		this.ledger = ledger;
		this.accessLog = accessLog;
		this.validator = validator;
		this.clock = clock;
	}

	/**
	 * Records the outcome as the decision's current one, for a client that may decide for
	 * the decision's authority. @return it, and whether this call recorded it (false: the
	 * same outcome was already current)
	 */
	public Recorded record(String decisionId, Outcome outcome, Authentication client) {
		LoggedDecision logged = readable(decisionId, client);
		validate(outcome);
		Decision decision = logged.decision();
		OutcomeCheck.check(decision, outcome, LocalDate.ofInstant(clock.instant(), LONDON),
				LocalDate.ofInstant(logged.recordedAt(), LONDON));
		OutcomeLedger.Recorded recorded = ledger.record(logged.decisionId(), outcome, client.getName());
		return new Recorded(OutcomeView.of(recorded.outcome(), decision), recorded.created());
	}

	/**
	 * The decision's current outcome and those it superseded, the read access-logged.
	 * @throws ResponseStatusException 404 when none is recorded or the reader may not see
	 * the decision
	 */
	public OutcomeView.History history(String decisionId, Authentication reader) {
		LoggedDecision logged = readable(decisionId, reader);
		List<RecordedOutcome> recorded = ledger.history(logged.decisionId());
		if (recorded.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no outcome is recorded for that decision");
		}
		accessLog.record(reader.getName(), AccessLog.Kind.OUTCOME, List.of(logged.decisionId()));
		Decision decision = logged.decision();
		List<OutcomeView> views = new ArrayList<>(recorded.stream().map((r) -> OutcomeView.of(r, decision)).toList());
		views.sort(Comparator.comparingLong(OutcomeView::sequence).reversed());
		return new OutcomeView.History(views.get(0), views.subList(1, views.size()));
	}

	/** The decision's current outcome, if any (the caller has read the decision). */
	public Optional<OutcomeView> current(LoggedDecision logged) {
		return ledger.current(logged.decisionId()).map((r) -> OutcomeView.of(r, logged.decision()));
	}

	/**
	 * The logged decision, if the client may act for its authority: else the same 404 as
	 * for no decision, so nothing is revealed.
	 */
	public LoggedDecision readable(String decisionId, Authentication client) {
		ClientAccess access = ClientAccess.of(client);
		return decisions.find(decisionId)
			.filter((decision) -> access.mayActFor(decision.responsibleAuthority()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no decision with that id"));
	}

	private void validate(Outcome outcome) {
		List<FieldError> errors = validator.validate(outcome)
			.stream()
			.map((v) -> new FieldError(JsonPaths.of(v.getPropertyPath()), v.getMessage()))
			.sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
			.toList();
		if (!errors.isEmpty()) {
			throw new MalformedInputException(false, errors);
		}
	}

	/** An outcome recorded, or found already current. */
	public record Recorded(OutcomeView outcome, boolean created) {
	}

}
