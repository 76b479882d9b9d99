package org.example.placement.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.example.placement.decision.Candidate;
import org.example.placement.sufficiency.DutySubject;
import org.kie.api.definition.rule.Rule;
import org.example.placement.decision.Match;

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
	public static final String DECISION = Match.DECISION;

	private static final int MAX_EFFECTS = 64;

	private static final Map<Object, String> EFFECTS = new ConcurrentHashMap<>();

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
		if (effect == null) {
			return null;
		}
		// one string per effect, its hash computed once: hits are hashed where they are
		// inserted (truth maintenance) and joined on; a ruleset only serves with effects
		// of
		// the vocabulary, so the cache stays as small as that
		return EFFECTS.size() < MAX_EFFECTS ? EFFECTS.computeIfAbsent(effect, RuleHit::clean) : clean(effect);
	}

	private static String clean(Object effect) {
		return effect.toString().replace("\"", "").strip();
	}

}
