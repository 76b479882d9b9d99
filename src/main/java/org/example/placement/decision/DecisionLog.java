package org.example.placement.decision;

import java.util.Optional;

/**
 * Port to the decision log, as the core records with it: append-only and hash-chained,
 * every ruleset version that served a logged decision archived with it (the log takes the
 * files from the ruleset, by the decision's version). Implementations throw
 * {@link DecisionLogUnavailableException} when they cannot store a decision, and store
 * nothing half. Idempotency keys are kept per caller, for as long as the decisions they
 * hold: for ever. Reading, listing and verifying the log are the ledger's own API.
 */
public interface DecisionLog {

	/**
	 * Appends one decision (and archives its ruleset's files if that version is new).
	 * @return the decision with its response as recorded: what the API answers, byte for
	 * byte
	 */
	RecordedDecision record(DecisionRequest request, Decision decision, String caller);

	/**
	 * Appends one decision as {@link #record(DecisionRequest, Decision, String)} does,
	 * and keeps the caller's idempotency key with it in the same transaction, so that a
	 * key is stored if and only if its decision is. When the caller already holds the key
	 * (a request with it was recorded first, here or on another instance), stores
	 * nothing.
	 * @return this decision as recorded ({@link KeyedDecision#first()}) when it was
	 * stored; otherwise what the key already holds
	 */
	KeyedDecision record(DecisionRequest request, Decision decision, String caller, IdempotencyKey key);

	/**
	 * What the caller's idempotency key holds, compared with {@code request}; empty if
	 * the caller never used it.
	 */
	Optional<KeyedDecision> findByIdempotencyKey(String caller, IdempotencyKey key, DecisionRequest request);

}
