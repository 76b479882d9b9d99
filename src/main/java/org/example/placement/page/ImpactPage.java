package org.example.placement.page;

import java.time.LocalDate;

import org.example.placement.decision.RulesetSources;
import org.example.placement.engine.RuleBook;
import org.example.placement.ledger.DecisionLedger;
import org.example.placement.ledger.ImpactAnalysis;
import org.example.placement.ledger.LogQuery;
import org.example.placement.ledger.TooManyToAnalyseException;
import org.example.placement.security.ClientAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /rules/impact?proposed=<version>}: the logged decisions an archived ruleset
 * version would change, re-run under it with their own as-of dates
 * ({@link ImpactAnalysis}, as {@code impact} and {@code GET
 * /api/v1/rulesets/{version}/impact}), one row for each decision: its link, authority,
 * old and new top choice and the kinds of change. Only the decisions of the authorities
 * the reader may see are re-run. A proposal is archived by {@code impact --archive};
 * every version that served is archived already.
 */
@Controller
class ImpactPage {

	private final RuleBook rules;

	private final DecisionLedger ledger;

	private final ImpactAnalysis impact;

	ImpactPage(RuleBook rules, DecisionLedger ledger, ImpactAnalysis impact) {
		this.rules = rules;
		this.ledger = ledger;
		this.impact = impact;
	}

	@GetMapping("/rules/impact")
	String impact(@RequestParam(required = false) @Nullable String proposed,
			@RequestParam(required = false) @Nullable String authority,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to,
			Authentication reader, Model model) {
		model.addAttribute("versions", ledger.rulesets());
		model.addAttribute("current", rules.current().ruleset().version());
		model.addAttribute("proposed", proposed == null ? "" : proposed);
		model.addAttribute("authority", authority == null ? "" : authority);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		if (proposed != null && !proposed.isBlank()) {
			String version = proposed.strip();
			RulesetSources sources = ledger.ruleset(version)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no archived ruleset " + version));
			try {
				model.addAttribute("report", impact.analyseOnline(version, rules.engine(sources),
						LogQuery.recorded(authority, from, to, ClientAccess.of(reader).permittedAuthorities())));
			}
			catch (TooManyToAnalyseException ex) {
				model.addAttribute("tooMany", ex);
			}
		}
		return "rules-impact";
	}

}
