package org.example.placement.ledger;

import java.time.LocalDate;

import org.example.placement.ledger.AccessLog.Kind;
import org.example.placement.sufficiency.UnmetNeedLog;
import org.jspecify.annotations.Nullable;

/**
 * The unmet-need view over the decision log ({@link UnmetNeedReport}), every decision it
 * counted recorded in the access log (kind {@code UNMET_NEED}) before it is returned: the
 * one way the service reads it, for {@code GET /api/v1/sufficiency/unmet-need} and for
 * the sufficiency assessments that include it.
 */
final class AccessLoggedUnmetNeed implements UnmetNeedLog {

	private final UnmetNeedReport reports;

	private final AccessLog accessLog;

	AccessLoggedUnmetNeed(UnmetNeedReport reports, AccessLog accessLog) {
		this.reports = reports;
		this.accessLog = accessLog;
	}

	@Override
	public Read read(String authority, LocalDate from, LocalDate to, @Nullable Long through, String reader) {
		UnmetNeedReport.Result result = reports.report(authority, from, to, through);
		accessLog.record(reader, Kind.UNMET_NEED, result.decisionIds());
		return new Read(result.report(), result.throughSequence());
	}

}
