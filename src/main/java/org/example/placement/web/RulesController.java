package org.example.placement.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.example.placement.decision.Effect;
import org.example.placement.decision.RuleDefinition;
import org.example.placement.decision.RuleEngine;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.example.placement.decision.RuleScope;
import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rule catalogue as the serving ruleset's metadata states it, for policy staff and
 * auditors: {@code GET /api/v1/rules} (filterable by layer, by the authority whose
 * requests they apply to, by effect and by the date they are in force on) and
 * {@code GET /api/v1/rulesets/current}, and the reload; all for clients with the role
 * POLICY ({@code security.SecurityConfiguration}). Read from the engine, never retyped,
 * so it cannot drift from what decides.
 */
@RestController
class RulesController {

	private final RuleEngine engine;

	RulesController(RuleEngine engine) {
		this.engine = engine;
	}

	/**
	 * Rules in catalogue order. {@code layer} matches whole path segments: {@code local}
	 * selects {@code local/default} and {@code local/E06000047}, but {@code local/E06}
	 * selects neither.
	 */
	@GetMapping("/api/v1/rules")
	List<RuleDefinition> rules(@RequestParam(required = false) String layer,
			@RequestParam(required = false) String authority, @RequestParam(required = false) Effect effect,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate inForceOn) {
		Ruleset ruleset = engine.current();
		Set<String> files = Set.copyOf(ruleset.files());
		return ruleset.rules()
			.stream()
			.filter(inLayer(layer))
			.filter(r -> authority == null || RuleScope.applies(r, authority.strip(), files))
			.filter(r -> effect == null || r.effect() == effect)
			.filter(r -> inForceOn == null || r.inForceOn(inForceOn))
			.toList();
	}

	@GetMapping("/api/v1/rulesets/current")
	RulesetSummary current() {
		return RulesetSummary.of(engine.status());
	}

	/**
	 * Reloads the rules directory now instead of waiting for the watcher: 200 with the
	 * new version, or 422 with every problem when the new ruleset is rejected (the old
	 * one keeps serving).
	 */
	@PostMapping("/api/v1/rulesets/reload")
	ResponseEntity<RulesetSummary> reload() {
		RulesetStatus status = engine.reload();
		return ResponseEntity.status(status.lastRejection() == null ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
			.body(RulesetSummary.of(status));
	}

	private static Predicate<RuleDefinition> inLayer(String layer) {
		if (layer == null || layer.isBlank()) {
			return r -> true;
		}
		return r -> r.inLayer(layer);
	}

}
