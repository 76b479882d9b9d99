package org.example.placement.ledger;

import java.time.Instant;
import java.util.Optional;

import org.example.placement.decision.IdempotencyKey;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL for {@code idempotency_key}: a caller's key is inserted in the transaction that
 * appends the decision it holds, and otherwise only read. Like the records, keys are
 * never updated or deleted.
 */
final class IdempotencyKeys {

	private final JdbcClient jdbc;

	IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps the caller's key for the record just appended (its decision id and when it
	 * was recorded); call inside the appending transaction, with the head locked, once
	 * {@link #held} has said the caller does not hold it yet.
	 */
	void keep(String caller, IdempotencyKey key, String requestHash, String decisionId, Instant recordedAt) {
		jdbc.sql("INSERT INTO idempotency_key (caller, idempotency_key, request_hash, decision_id, created_at)"
				+ " VALUES (?, ?, ?, ?, ?)")
			.params(caller, key.value(), requestHash, decisionId, LedgerTables.utc(recordedAt))
			.update();
	}

	/**
	 * The request hash and the response recorded for the decision the caller's key holds.
	 */
	Optional<Held> find(String caller, IdempotencyKey key) {
		return jdbc
			.sql("SELECT k.request_hash, r.request_json, r.response_json, r.fired_json, r.payload"
					+ " FROM idempotency_key k JOIN decision_record r ON r.decision_id = k.decision_id"
					+ " WHERE k.caller = ? AND k.idempotency_key = ?")
			.params(caller, key.value())
			.query((rs, row) -> new Held(rs.getString("request_hash"), LedgerTables.texts(rs).responseJson()))
			.optional();
	}

	/**
	 * Whether the caller holds the key already; call with the head locked, under which
	 * alone keys are inserted, so the answer stands until the transaction ends.
	 */
	boolean held(String caller, IdempotencyKey key) {
		return jdbc.sql("SELECT COUNT(*) FROM idempotency_key WHERE caller = ? AND idempotency_key = ?")
			.params(caller, key.value())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * What a key holds: the fingerprint of the request it was first sent with, and the
	 * response recorded.
	 */
	record Held(String requestHash, String responseJson) {
	}

}
