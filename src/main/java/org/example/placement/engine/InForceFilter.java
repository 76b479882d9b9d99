package org.example.placement.engine;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.example.placement.decision.RuleDefinition;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Lets a rule fire only when it was in force on the request's as-of date and its layer
 * applies to the responsible authority. As-of is request data, never the wall clock, so
 * replays are exact. The rules allowed are worked out once per request, not at each of
 * its thousands of activations.
 */
record InForceFilter(Set<String> allowed) implements AgendaFilter {

	InForceFilter(CompiledRuleset compiled, LocalDate asOf, String responsibleAuthority) {
		this(allowed(compiled, asOf, responsibleAuthority));
	}

	private static Set<String> allowed(CompiledRuleset compiled, LocalDate asOf, String responsibleAuthority) {
		Set<String> allowed = new HashSet<>();
		for (RuleDefinition rule : compiled.rules().values()) {
			if (rule.inForceOn(asOf) && compiled.applies(rule, responsibleAuthority)) {
				allowed.add(rule.id());
			}
		}
		return allowed;
	}

	@Override
	public boolean accept(Match match) {
		return allowed.contains(match.getRule().getName());
	}

}
