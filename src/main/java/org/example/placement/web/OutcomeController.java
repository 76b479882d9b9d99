package org.example.placement.web;

import java.net.URI;

import org.example.placement.decision.Outcome;
import org.example.placement.outcome.OutcomeView;
import org.example.placement.outcome.Outcomes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code POST /api/v1/placement-decisions/{id}/outcome}: what was actually chosen after a
 * decision (role DECIDE, for the decision's responsible authority), 201 with the outcome;
 * the same outcome again is a retry, answered 200 with the one recorded; a different one
 * supersedes it (201, naming it in {@code supersedes}), both kept in the log. {@code GET}
 * the same path (role AUDIT): the current outcome and those it superseded. Both are 404
 * for a decision the client may not see ({@link Outcomes}).
 */
@RestController
class OutcomeController {

	static final String OUTCOME = DecisionController.DECISIONS + "/{decisionId}/outcome";

	private final Outcomes outcomes;

	OutcomeController(Outcomes outcomes) {
		this.outcomes = outcomes;
	}

	@PostMapping(path = OUTCOME, consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<OutcomeView> record(@PathVariable String decisionId, @RequestBody Outcome outcome,
			Authentication client) {
		Outcomes.Recorded recorded = outcomes.record(decisionId, outcome, client);
		if (!recorded.created()) {
			return ResponseEntity.ok(recorded.outcome());
		}
		URI location = UriComponentsBuilder.fromPath(OUTCOME).buildAndExpand(decisionId).toUri();
		return ResponseEntity.created(location).body(recorded.outcome());
	}

	@GetMapping(path = OUTCOME, produces = MediaType.APPLICATION_JSON_VALUE)
	OutcomeView.History find(@PathVariable String decisionId, Authentication reader) {
		return outcomes.history(decisionId, reader);
	}

}
