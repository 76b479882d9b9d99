package org.example.placement.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.example.placement.decision.SufficiencyRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts a group's records into {@code decision_record} as one JDBC batch: one round
 * trip to PostgreSQL for the group rather than one a record (in-process H2 saves only
 * each statement's set-up). The statement and its parameters are the ones a single record
 * is inserted with ({@link LedgerTables#insert}), bound the same way, so a record stores
 * the same whichever way it went in; a batch that fails stores none of it, as the group's
 * transaction rolls back.
 */
final class RecordBatch {

	static final String INSERT = "INSERT INTO decision_record (sequence, decision_id, recorded_at, caller, "
			+ "responsible_authority, as_of, ruleset_version, request_json, response_json, fired_json, previous_hash, "
			+ "record_hash, in_area_eligible, need_groups, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	RecordBatch(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** Inserts the rows in one batch; call with the head locked, and move it after. */
	void insert(List<Row> rows) {
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(INSERT, rows.stream().map(Row::parameters).toList());
		}
	}

	/**
	 * One record as stored: its texts in {@code payload}, the text columns left empty.
	 * {@code recordedAt} is as stored ({@link LedgerEntry#stored}) and {@code recordHash}
	 * the hash of these fields and the texts ({@link LedgerEntry#hash}).
	 */
	record Row(long sequence, String decisionId, Instant recordedAt, String caller, String responsibleAuthority,
			LocalDate asOf, String rulesetVersion, String previousHash, String recordHash,
			@Nullable SufficiencyRecord sufficiency, byte[] payload) {

		/** The row for an entry whose texts are {@code payload}. */
		static Row of(LedgerEntry entry, byte[] payload) {
			return new Row(entry.sequence(), entry.decisionId(), entry.recordedAt(), entry.caller(),
					entry.responsibleAuthority(), entry.asOf(), entry.rulesetVersion(), entry.previousHash(),
					entry.recordHash(), entry.sufficiency(), payload);
		}

		Object[] parameters() {
			return new Object[] { sequence, decisionId, LedgerTables.utc(recordedAt), caller, responsibleAuthority,
					asOf, rulesetVersion, null, null, null, previousHash, recordHash,
					sufficiency == null ? null : sufficiency.inAreaEligible(),
					sufficiency == null ? null : sufficiency.needGroupsText(), payload };
		}

	}

}
