package org.example.placement.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.example.placement.decision.RuleDefinition;
import org.example.placement.engine.RuleBook;
import org.example.placement.engine.RuleBook.Catalogue;
import org.example.placement.engine.RuleSource;
import org.example.placement.scenario.Coverage;
import org.example.placement.scenario.ScenarioCoverage;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/rules/catalogue} (role POLICY): the JSON twin of the page
 * {@code /rules}, every rule of the serving ruleset with where it is written (file and
 * line, a decision table's row), its {@code @confidence}, and the scenarios that show it
 * firing and not firing (the coverage the gate enforces).
 */
@RestController
class RuleCatalogueController {

	private final RuleBook rules;

	private final ScenarioCoverage coverage;

	RuleCatalogueController(RuleBook rules, ScenarioCoverage coverage) {
		this.rules = rules;
		this.coverage = coverage;
	}

	/** The catalogue: the serving version and its rules in catalogue order. */
	record CatalogueAnswer(String version, Instant loadedAt, List<Entry> rules) {
	}

	/** One rule, where it is written and the scenarios that cover it. */
	record Entry(RuleDefinition rule, int line, @Nullable String confidence, List<String> fires,
			List<String> doesNotFire) {
	}

	@GetMapping("/api/v1/rules/catalogue")
	CatalogueAnswer catalogue() {
		Catalogue catalogue = rules.current();
		Coverage covered = coverage.current();
		List<Entry> entries = catalogue.ruleset().rules().stream().map(rule -> {
			RuleSource source = catalogue.sources().get(rule.id());
			return new Entry(rule, source == null ? 0 : source.line(), source == null ? null : source.confidence(),
					List.copyOf(covered.fires().getOrDefault(rule.id(), Set.of())),
					List.copyOf(covered.doesNotFire().getOrDefault(rule.id(), Set.of())));
		}).toList();
		return new CatalogueAnswer(catalogue.ruleset().version(), catalogue.ruleset().loadedAt(), entries);
	}

}
