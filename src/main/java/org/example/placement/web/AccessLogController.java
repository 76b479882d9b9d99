package org.example.placement.web;

import java.time.Instant;
import java.util.List;

import org.example.placement.ledger.AccessLog;
import org.example.placement.ledger.AccessLog.Access;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/v1/access-log}: who read which logged decisions, when and how, newest first, for
 * auditors (the AUDIT role once authentication lands), so an authority can answer "who looked at
 * this child's decision". It holds decision ids and readers, nothing about a child, so reading it
 * is not itself recorded.
 */
@RestController
class AccessLogController {

	static final String ACCESS_LOG = "/api/v1/access-log";

	private final AccessLog accessLog;

	AccessLogController(AccessLog accessLog) {
		this.accessLog = accessLog;
	}

	@GetMapping(ACCESS_LOG)
	List<Access> list(@RequestParam(required = false) @Nullable String decisionId,
			@RequestParam(required = false) @Nullable String reader,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (page < 0 || size < 1 || size > 1000) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be >= 0 and size 1 to 1000");
		}
		return accessLog.list(new AccessLog.Query(decisionId, reader, from, to, page, size));
	}

}
