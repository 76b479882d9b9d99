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

/**
 * A ruleset ready to serve: its KieBase, the metadata of each rule, by id, and the rules
 * that read nothing of the candidate they fire for ({@link DecisionWideRules}).
 */
record CompiledRuleset(KieBase kieBase, Ruleset ruleset, RulesetSources sources, Map<String, RuleDefinition> rules,
		Set<String> files, Set<String> decisionWide) {

	CompiledRuleset(KieBase kieBase, Ruleset ruleset, RulesetSources sources, Set<String> decisionWide) {
		this(kieBase, ruleset, sources,
				ruleset.rules().stream().collect(Collectors.toUnmodifiableMap(RuleDefinition::id, Function.identity())),
				Set.copyOf(ruleset.files()), Set.copyOf(decisionWide));
	}

	/**
	 * Whether a rule applies to a request of this responsible authority
	 * ({@link RuleScope}).
	 */
	boolean applies(RuleDefinition rule, String responsibleAuthority) {
		return RuleScope.applies(rule, responsibleAuthority, files);
	}

}
