package org.example.placement.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.example.placement.decision.InvalidRequestException.FieldError;
import org.example.placement.decision.OverrideReport;
import org.example.placement.ledger.AccessLog;
import org.example.placement.ledger.OutcomeLedger;
import org.example.placement.ledger.OutcomeQuery;
import org.example.placement.security.ClientAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The overrides report for the API and its page alike: the current outcomes of the
 * decisions a reader may see (one authority's when asked, which the reader must be
 * permitted, else 403 as for the decision listing), decided between {@code from} and
 * {@code to} inclusive ({@link OverrideReport}). Every decision counted is recorded in
 * the access log (kind OVERRIDES) before the report is served.
 */
@Component
public class OverrideReports {

	private final OutcomeLedger ledger;

	private final AccessLog accessLog;

	OverrideReports(OutcomeLedger ledger, AccessLog accessLog) {
		this.ledger = ledger;
		this.accessLog = accessLog;
	}

	public OverrideReport report(@Nullable String authority, @Nullable LocalDate from, @Nullable LocalDate to,
			Authentication reader) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new MalformedInputException(true, List.of(new FieldError("from", "must not be after to")));
		}
		ClientAccess access = ClientAccess.of(reader);
		if (authority != null && !access.mayActFor(authority)) {
			throw new AccessDeniedException("this client may not read that responsible authority's decisions");
		}
		OverrideReport.Counter counter = new OverrideReport.Counter(authority, from, to);
		List<String> read = new ArrayList<>();
		ledger.forEachCurrent(new OutcomeQuery(authority, from, to, access.permittedAuthorities()),
				(outcome, decision) -> {
					counter.add(decision, outcome.outcome());
					read.add(outcome.decisionId());
				});
		accessLog.record(reader.getName(), AccessLog.Kind.OVERRIDES, read);
		return counter.result();
	}

}
