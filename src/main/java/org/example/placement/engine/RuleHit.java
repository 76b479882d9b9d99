package org.example.placement.engine;

import org.example.placement.decision.Candidate;
import org.kie.api.definition.rule.Rule;

/**
 * What a rule's consequence inserts: "this rule applies to this candidate". The engine turns
 * hits into findings using the rule's metadata, so rules never write explanations or citations.
 */
public record RuleHit(String ruleId, String candidateRef) {

	public static RuleHit of(Rule rule, Candidate candidate) {
		return new RuleHit(rule.getName(), candidate.ref());
	}

}
