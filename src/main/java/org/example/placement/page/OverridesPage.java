package org.example.placement.page;

import java.time.LocalDate;

import org.example.placement.decision.OverrideReport;
import org.example.placement.outcome.OverrideReports;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /overrides}: the overrides report as a page, the same report as
 * {@code GET /api/v1/overrides} ({@link OverrideReports}), filtered by authority and
 * decision dates with a plain GET form, for auditors and policy staff of the authorities
 * they may see.
 */
@Controller
class OverridesPage {

	private final OverrideReports reports;

	OverridesPage(OverrideReports reports) {
		this.reports = reports;
	}

	@GetMapping("/overrides")
	String overrides(@RequestParam(required = false) String authority,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Authentication reader, Model model) {
		String asked = StringUtils.hasText(authority) ? authority.trim() : null;
		OverrideReport report = reports.report(asked, from, to, reader);
		model.addAttribute("report", report);
		model.addAttribute("authority", asked);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "overrides";
	}

}
