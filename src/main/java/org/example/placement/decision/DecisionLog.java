package org.example.placement.decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Port to the decision log: append-only and hash-chained, so an edited, removed or
 * reordered record is detectable. Every ruleset version that served a logged decision is
 * archived with it. Implementations throw {@link DecisionLogUnavailableException} when
 * they cannot store a decision, and store nothing half. Idempotency keys are kept per
 * caller, for as long as the decisions they hold: for ever.
 */
public interface DecisionLog {

	/** Appends one decision (and archives its ruleset's files if that version is new). */
	void record(DecisionRequest request, Decision decision, String caller, RulesetSources sources);

	/**
	 * Appends one decision as
	 * {@link #record(DecisionRequest, Decision, String, RulesetSources)} does, and keeps
	 * the caller's idempotency key with it in the same transaction, so that a key is
	 * stored if and only if its decision is. When the caller already holds the key (a
	 * request with it was recorded first, here or on another instance), stores nothing.
	 * @return empty when this decision was stored; otherwise what the key already holds
	 */
	Optional<KeyedDecision> record(DecisionRequest request, Decision decision, String caller, RulesetSources sources,
			IdempotencyKey key);

	/**
	 * What the caller's idempotency key holds, compared with {@code request}; empty if
	 * the caller never used it.
	 */
	Optional<KeyedDecision> findByIdempotencyKey(String caller, IdempotencyKey key, DecisionRequest request);

	Optional<LoggedDecision> find(String decisionId);

	/** One page of logged decisions, newest first. */
	List<LoggedDecision> list(LogQuery query);

	/** Every logged decision matching the query (ignoring its page), oldest first. */
	void forEach(LogQuery query, Consumer<LoggedDecision> action);

	/** The archived files of a ruleset version, if any decision was made under it. */
	Optional<RulesetSources> ruleset(String version);

	/** Walks the hash chain from the first record; reports the first break. */
	ChainReport verify();

}
