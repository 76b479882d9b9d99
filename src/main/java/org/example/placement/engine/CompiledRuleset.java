package org.example.placement.engine;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.example.placement.decision.RuleDefinition;
import org.example.placement.decision.Ruleset;
import org.kie.api.KieBase;

/** A ruleset ready to serve: its KieBase and the metadata of each rule, by id. */
record CompiledRuleset(KieBase kieBase, Ruleset ruleset, Map<String, RuleDefinition> rules, Set<String> localLayers) {

	CompiledRuleset(KieBase kieBase, Ruleset ruleset) {
		this(kieBase, ruleset,
				ruleset.rules().stream().collect(Collectors.toUnmodifiableMap(RuleDefinition::id, Function.identity())),
				ruleset.rules()
					.stream()
					.filter(RuleDefinition::local)
					.map(RuleDefinition::layer)
					.collect(Collectors.toUnmodifiableSet()));
	}

	/**
	 * Local policy applies by the responsible authority: its own folder when it has one,
	 * otherwise {@code local/default}. The statutory layers always apply.
	 */
	boolean layerApplies(String layer, String responsibleAuthority) {
		if (!layer.startsWith("local/")) {
			return true;
		}
		String own = "local/" + responsibleAuthority;
		return localLayers.contains(own) ? layer.equals(own) : layer.equals("local/default");
	}

}
