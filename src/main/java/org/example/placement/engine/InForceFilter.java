package org.example.placement.engine;

import java.time.LocalDate;

import org.example.placement.decision.RuleDefinition;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Lets a rule fire only when it was in force on the request's as-of date and its layer
 * applies to the responsible authority. As-of is request data, never the wall clock, so
 * replays are exact.
 */
record InForceFilter(CompiledRuleset compiled, LocalDate asOf, String responsibleAuthority) implements AgendaFilter {

	@Override
	public boolean accept(Match match) {
		RuleDefinition rule = compiled.rules().get(match.getRule().getName());
		return rule != null && rule.inForceOn(asOf) && compiled.applies(rule, responsibleAuthority);
	}

}
