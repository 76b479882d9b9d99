package org.example.placement.page;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.example.placement.decision.RulesetSources;
import org.example.placement.engine.RuleBook;
import org.example.placement.ledger.DecisionLedger;
import org.example.placement.scenario.ScenarioCoverage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The rule pages for policy staff (role POLICY, as {@code /api/v1/rules}):
 * {@code /rules}, the catalogue of the serving ruleset ({@link RulesCatalogueView}), and
 * {@code /rules/diff?from=&to=}, what changed between two archived versions (the
 * {@link org.example.placement.engine.RulesetDiff} of {@code rules diff} and
 * {@code GET /api/v1/rulesets/diff}). Without both versions the diff page offers the
 * archived ones to choose from.
 */
@Controller
class RulesPages {

	private final RuleBook rules;

	private final ScenarioCoverage coverage;

	private final DecisionLedger ledger;

	private final Clock clock;

	RulesPages(RuleBook rules, ScenarioCoverage coverage, DecisionLedger ledger, Clock clock) {
		this.rules = rules;
		this.coverage = coverage;
		this.ledger = ledger;
		this.clock = clock;
	}

	@GetMapping("/rules")
	String catalogue(Model model) {
		model.addAttribute("page", RulesCatalogueView.of(rules.current(), coverage.current(),
				LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
		return "rules";
	}

	@GetMapping("/rules/diff")
	String diff(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model) {
		model.addAttribute("versions", ledger.rulesets());
		model.addAttribute("current", rules.current().ruleset().version());
		model.addAttribute("from", from == null ? "" : from);
		model.addAttribute("to", to == null ? "" : to);
		if (from != null && !from.isBlank() && to != null && !to.isBlank()) {
			model.addAttribute("diff", RulesetDiffView.of(rules.diff(archived(from), archived(to))));
		}
		return "rules-diff";
	}

	private RulesetSources archived(String version) {
		return ledger.ruleset(version.strip())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no archived ruleset " + version));
	}

}
