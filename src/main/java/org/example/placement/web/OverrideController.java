package org.example.placement.web;

import java.time.LocalDate;

import org.example.placement.decision.OverrideReport;
import org.example.placement.outcome.OverrideReports;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/overrides?authority=&from=&to=} (role AUDIT): where practice and the
 * rules disagree, from the outcomes recorded ({@link OverrideReports}); {@code from} and
 * {@code to} are decision dates ({@code yyyy-mm-dd}, inclusive, either optional).
 */
@RestController
class OverrideController {

	static final String OVERRIDES = "/api/v1/overrides";

	private final OverrideReports reports;

	OverrideController(OverrideReports reports) {
		this.reports = reports;
	}

	@GetMapping(OVERRIDES)
	OverrideReport report(@RequestParam(required = false) String authority,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Authentication reader) {
		return reports.report(authority, from, to, reader);
	}

}
