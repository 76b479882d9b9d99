package org.example.placement.web;

import org.example.placement.ledger.DecisionLedger;
import org.example.placement.ledger.LoggedDecision;
import org.example.placement.security.ClientAccess;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The logged decisions a reader may see: those of the responsible authorities its
 * credential names. A decision of another authority gets the same 404 as no decision at
 * all, so a reader learns nothing of it. One place for the rule, for the decisions and
 * for their access log.
 */
@Component
class ReadableDecisions {

	private final DecisionLedger log;

	ReadableDecisions(DecisionLedger log) {
		this.log = log;
	}

	LoggedDecision require(String decisionId, Authentication reader) {
		ClientAccess access = ClientAccess.of(reader);
		return log.find(decisionId)
			.filter(decision -> access.mayActFor(decision.responsibleAuthority()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no decision with that id"));
	}

}
