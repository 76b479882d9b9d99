package org.example.placement.engine;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.Objects;
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

	/** The effects of the rules that fired lately ({@link #effectOf}); a power of two. */
	private static final Seen[] SEEN = new Seen[1024];

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

	/**
	 * The rule's {@code @effect}, remembered by the rule's identity: every firing asks it
	 * of the rule that fired, and reading the metadata map and the vocabulary's cache
	 * cost some 3% of {@code evaluate}. A slot by the rule's identity hash, holding the
	 * rule weakly, so the rules of a ruleset no longer served are not kept; a slot
	 * another rule took is read again from the metadata.
	 */
	private static String effectOf(Rule rule) {
		int at = System.identityHashCode(rule) & (SEEN.length - 1);
		Seen seen = SEEN[at];
		if (seen != null && seen.rule().get() == rule) {
			return seen.effect();
		}
		String effect = effectInMetadata(rule);
		SEEN[at] = new Seen(new WeakReference<>(rule), effect); // immutable: safe to
																// share
		return effect;
	}

	private static String effectInMetadata(Rule rule) {
		Object effect = rule.getMetaData().get("effect");
		if (effect == null) {
			return null;
		}
		// one string per effect, its hash computed once: hits are hashed where they are
		// inserted (truth maintenance) and joined on; a ruleset only serves with effects
		// of the vocabulary, so the cache stays as small as that
		return EFFECTS.size() < MAX_EFFECTS ? EFFECTS.computeIfAbsent(effect, RuleHit::clean) : clean(effect);
	}

	/**
	 * As a record's, written out: truth maintenance looks every logical insert up by its
	 * equality, and the record's own goes through method handles (some 2% of
	 * {@code evaluate} at 1 x 50). Hits compared are mostly equal and share their
	 * strings, so each comparison is of references.
	 */
	@Override
	public boolean equals(Object other) {
		return this == other || other instanceof RuleHit hit && Objects.equals(ruleId, hit.ruleId)
				&& Objects.equals(candidateRef, hit.candidateRef) && Objects.equals(effect, hit.effect);
	}

	/** The record's hash, the same value: each component's, combined by 31. */
	@Override
	public int hashCode() {
		return (31 * Objects.hashCode(ruleId) + Objects.hashCode(candidateRef)) * 31 + Objects.hashCode(effect);
	}

	private static String clean(Object effect) {
		return effect.toString().replace("\"", "").strip();
	}

	/** A rule's effect, and the rule, held weakly. */
	private record Seen(WeakReference<Rule> rule, String effect) {
	}

}
