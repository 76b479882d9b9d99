package org.example.placement.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.example.placement.ledger.AccessLog;
import org.example.placement.ledger.AccessLog.Access;
import org.example.placement.security.ClientAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/access-log}: who read which logged decisions, when and how, newest
 * first, for auditors (role AUDIT), so an authority can answer "who looked at this
 * child's decision". A reader limited to some authorities must name a {@code decisionId}
 * of one of them (another authority's decision, or none, is the same 404 as an unknown
 * id, so nothing is revealed); only a reader of every authority may list across
 * decisions. It holds decision ids and readers, nothing about a child, so reading it is
 * not itself recorded.
 */
@RestController
class AccessLogController {

	static final String ACCESS_LOG = "/api/v1/access-log";

	private final AccessLog accessLog;

	private final ReadableDecisions decisions;

	AccessLogController(AccessLog accessLog, ReadableDecisions decisions) {
		this.accessLog = accessLog;
		this.decisions = decisions;
	}

	@GetMapping(ACCESS_LOG)
	List<Access> list(@RequestParam(required = false) @Nullable String decisionId,
			@RequestParam(required = false) @Nullable String reader,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size, Authentication caller) {
		ClientAccess access = ClientAccess.of(caller);
		if (decisionId != null) {
			decisions.require(decisionId, caller);
		}
		else if (!access.everyAuthority()) {
			throw new AccessDeniedException(
					"name a decisionId: only a reader of every authority may list access across decisions");
		}
		return accessLog.list(new AccessLog.Query(decisionId, reader, from, to, page, size));
	}

}
