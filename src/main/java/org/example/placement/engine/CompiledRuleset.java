package org.example.placement.engine;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.example.placement.decision.RuleDefinition;
import org.example.placement.decision.RuleScope;
import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetSources;
import org.kie.api.KieBase;

/** A ruleset ready to serve: its KieBase and the metadata of each rule, by id. */
record CompiledRuleset(KieBase kieBase, Ruleset ruleset, RulesetSources sources, Map<String, RuleDefinition> rules,
		Set<String> files) {

	CompiledRuleset(KieBase kieBase, Ruleset ruleset, RulesetSources sources) {
		this(kieBase, ruleset, sources,
				ruleset.rules().stream().collect(Collectors.toUnmodifiableMap(RuleDefinition::id, Function.identity())),
				Set.copyOf(ruleset.files()));
	}

	/**
	 * Whether a rule applies to a request of this responsible authority
	 * ({@link RuleScope}).
	 */
	boolean applies(RuleDefinition rule, String responsibleAuthority) {
		return RuleScope.applies(rule, responsibleAuthority, files);
	}

}
