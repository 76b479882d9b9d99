package org.example.placement.web;

import java.time.LocalDate;
import java.util.List;

import org.example.placement.decision.RulesetSources;
import org.example.placement.engine.RuleBook;
import org.example.placement.engine.RulesetDiff;
import org.example.placement.ledger.ArchivedRuleset;
import org.example.placement.ledger.DecisionLedger;
import org.example.placement.ledger.ImpactAnalysis;
import org.example.placement.ledger.ImpactReport;
import org.example.placement.ledger.LogQuery;
import org.example.placement.security.ClientAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * How the rules changed, for policy staff (role POLICY), the JSON twins of the pages
 * {@code /rules/diff} and {@code /rules/impact}: the archived ruleset versions
 * ({@code GET /api/v1/rulesets}), what changed rule by rule between two of them
 * ({@code GET /api/v1/rulesets/diff}, {@link RulesetDiff}, the diff {@code rules diff}
 * prints), and which logged decisions an archived version would change ({@code GET
 * /api/v1/rulesets/{version}/impact}, {@link ImpactAnalysis}), only those of the
 * authorities the client may see, at most {@code placement.impact.online-max-decisions}
 * of them (a window holding more is 400 naming {@code from} and {@code to}). A version
 * not in the archive is 404.
 */
@RestController
class RulesetChangesController {

	private final DecisionLedger ledger;

	private final RuleBook rules;

	private final ImpactAnalysis impact;

	RulesetChangesController(DecisionLedger ledger, RuleBook rules, ImpactAnalysis impact) {
		this.ledger = ledger;
		this.rules = rules;
		this.impact = impact;
	}

	@GetMapping("/api/v1/rulesets")
	List<ArchivedRuleset> archived() {
		return ledger.rulesets();
	}

	@GetMapping("/api/v1/rulesets/diff")
	RulesetDiff diff(@RequestParam String from, @RequestParam String to) {
		return rules.diff(archived(from), archived(to));
	}

	/**
	 * The logged decisions (recorded {@code from} to {@code to}, UTC days, both optional)
	 * re-run under the archived {@code version}: what would change.
	 */
	@GetMapping("/api/v1/rulesets/{version}/impact")
	ImpactReport impact(@PathVariable String version, @RequestParam(required = false) @Nullable String authority,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to,
			Authentication client) {
		RulesetSources proposed = archived(version);
		return impact.analyseOnline(version, rules.engine(proposed),
				LogQuery.recorded(authority, from, to, ClientAccess.of(client).permittedAuthorities()));
	}

	private RulesetSources archived(String version) {
		return ledger.ruleset(version)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no archived ruleset " + version));
	}

}
