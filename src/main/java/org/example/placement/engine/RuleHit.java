package org.example.placement.engine;

import org.example.placement.decision.Candidate;
import org.example.placement.sufficiency.DutySubject;
import org.kie.api.definition.rule.Rule;

/**
 * What a rule's consequence inserts: "this rule applies to this candidate". The engine
 * turns hits into findings using the rule's metadata, so rules never write explanations
 * or citations. {@code effect} is the rule's {@code @effect}, so a rule can ask whether a
 * candidate is barred ({@code not RuleHit( candidateRef == ..., effect == "EXCLUDE" )})
 * without listing the bars. A hit made by {@link #forDecision} concerns the decision as a
 * whole and names no candidate ({@link #DECISION}).
 */
public record RuleHit(String ruleId, String candidateRef, String effect) {

	/**
	 * The candidate reference of a hit about the whole decision rather than one
	 * candidate.
	 */
	public static final String DECISION = org.example.placement.decision.Match.DECISION;

	/**
	 * A hit whose effect is not known (kept for callers that built hits before effects
	 * were carried).
	 */
	public RuleHit(String ruleId, String candidateRef) {
		this(ruleId, candidateRef, null);
	}

	public static RuleHit of(Rule rule, Candidate candidate) {
		return new RuleHit(rule.getName(), candidate.ref(), effectOf(rule));
	}

	/**
	 * A finding of the sufficiency duty rules about a child, a need group, the providers
	 * or a measure of one assessment.
	 */
	public static RuleHit of(Rule rule, DutySubject subject) {
		return new RuleHit(rule.getName(), subject.ref(), effectOf(rule));
	}

	/**
	 * A finding about the decision as a whole (a duty owed once, whichever candidate is
	 * chosen).
	 */
	public static RuleHit forDecision(Rule rule) {
		return new RuleHit(rule.getName(), DECISION, effectOf(rule));
	}

	private static String effectOf(Rule rule) {
		Object effect = rule.getMetaData().get("effect");
		return effect == null ? null : effect.toString().replace("\"", "").strip();
	}

}
