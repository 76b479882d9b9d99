package org.example.placement.web;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.example.placement.decision.Effect;
import org.example.placement.decision.RuleDefinition;
import org.example.placement.decision.RuleEngine;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rule catalogue as the serving ruleset's metadata states it, for policy staff and auditors:
 * {@code GET /api/v1/rules} (filterable by layer, effect and the date rules are in force on) and
 * {@code GET /api/v1/rulesets/current}. Read from the engine, never retyped, so it cannot drift
 * from what decides.
 */
@RestController
class RulesController {

	private final RuleEngine engine;

	RulesController(RuleEngine engine) {
		this.engine = engine;
	}

	/**
	 * Rules in catalogue order. {@code layer} matches whole path segments: {@code local} selects
	 * {@code local/default} and {@code local/E06000047}, but {@code local/E06} selects neither.
	 */
	@GetMapping("/api/v1/rules")
	List<RuleDefinition> rules(@RequestParam(required = false) String layer,
			@RequestParam(required = false) Effect effect,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate inForceOn) {
		return engine.current()
			.rules()
			.stream()
			.filter(inLayer(layer))
			.filter(r -> effect == null || r.effect() == effect)
			.filter(r -> inForceOn == null || r.inForceOn(inForceOn))
			.toList();
	}

	@GetMapping("/api/v1/rulesets/current")
	RulesetSummary current() {
		return RulesetSummary.of(engine.current());
	}

	private static Predicate<RuleDefinition> inLayer(String layer) {
		if (layer == null || layer.isBlank()) {
			return r -> true;
		}
		String prefix = layer.strip().replaceAll("/+$", "");
		return r -> r.layer().equals(prefix) || r.layer().startsWith(prefix + "/");
	}

}
