package org.example.placement.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.example.placement.decision.SufficiencyRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL for {@code decision_record} and {@code ledger_head}, in the subset H2 and
 * PostgreSQL share. Records are only ever inserted: there is deliberately no statement
 * here that updates or deletes one. The only update moves the head, in the same
 * transaction as the insert.
 */
final class LedgerTables {

	private static final String COLUMNS = "sequence, decision_id, recorded_at, caller, responsible_authority, as_of, "
			+ "ruleset_version, request_json, response_json, fired_json, previous_hash, record_hash, in_area_eligible, "
			+ "need_groups, payload";

	static final String SELECT = "SELECT " + COLUMNS + " FROM decision_record";

	private final JdbcClient jdbc;

	LedgerTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The end of the chain, locked until the caller's transaction ends: appends queue
	 * here. Locked by writing the head back unchanged, then read: H2 parses a
	 * {@code SELECT ... FOR UPDATE} anew each time (it caches no such statement: 14% of
	 * the log's writer thread's CPU), where it reuses these two; on PostgreSQL the update
	 * locks the row as {@code FOR UPDATE} would, and the read, a statement later, sees
	 * the head as the last transaction to hold the lock left it.
	 */
	Head lockHead() {
		touchHead();
		return head();
	}

	Head head() {
		return jdbc.sql("SELECT last_sequence, last_hash FROM ledger_head WHERE id = 1")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
	}

	/** Inserts the entry and moves the head to it; call with the head locked. */
	void append(LedgerEntry entry) {
		insert(entry, LedgerPayload.compress(entry.requestJson(), entry.responseJson(), entry.firedJson()));
		moveHead(entry.sequence(), entry.recordHash());
	}

	/**
	 * Inserts the entry with its texts as {@code payload} ({@link LedgerPayload}), the
	 * text columns left empty; call with the head locked, and move the head after.
	 */
	void insert(LedgerEntry entry, byte[] payload) {
		jdbc.sql(RecordBatch.INSERT).params(RecordBatch.Row.of(entry, payload).parameters()).update();
	}

	/** Moves the head to the record just inserted; call with the head locked. */
	void moveHead(long sequence, String recordHash) {
		jdbc.sql("UPDATE ledger_head SET last_sequence = ?, last_hash = ? WHERE id = 1")
			.params(sequence, recordHash)
			.update();
	}

	/**
	 * Writes the head back unchanged, which locks it (and is a write that must reach the
	 * disk, for the health probe).
	 */
	private void touchHead() {
		jdbc.sql("UPDATE ledger_head SET last_sequence = last_sequence WHERE id = 1").update();
	}

	Optional<LedgerEntry> find(String decisionId) {
		return jdbc.sql(SELECT + " WHERE decision_id = ?").param(decisionId).query(LedgerTables::entry).optional();
	}

	/** One page of the entries matching the query, newest first. */
	List<LedgerEntry> newestFirst(LogQuery query) {
		Map<String, Object> params = new HashMap<>();
		List<String> conditions = filters(query, params);
		params.put("offset", (long) query.page() * query.size());
		params.put("size", query.size());
		return jdbc
			.sql(SELECT + where(conditions) + " ORDER BY sequence DESC OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
			.params(params)
			.query(LedgerTables::entry)
			.list();
	}

	/**
	 * Up to {@code limit} entries matching the query's filters after
	 * {@code afterSequence}, oldest first.
	 */
	List<LedgerEntry> oldestFirst(LogQuery query, long afterSequence, int limit) {
		Map<String, Object> params = new HashMap<>();
		List<String> conditions = filters(query, params);
		conditions.add("sequence > :after");
		params.put("after", afterSequence);
		return chunk(conditions, params, limit);
	}

	/**
	 * Up to {@code limit} entries in sequence order after {@code afterSequence} and up to
	 * {@code last}.
	 */
	List<LedgerEntry> chain(long afterSequence, long last, int limit) {
		Map<String, Object> params = new HashMap<>(Map.of("after", afterSequence, "last", last));
		return chunk(new ArrayList<>(List.of("sequence > :after", "sequence <= :last")), params, limit);
	}

	/**
	 * Whether any record carries this hash (used to tell a moved record from a deleted
	 * one).
	 */
	boolean holdsHash(String recordHash) {
		return jdbc.sql("SELECT COUNT(*) FROM decision_record WHERE record_hash = ?")
			.param(recordHash)
			.query(Long.class)
			.single() > 0;
	}

	private List<LedgerEntry> chunk(List<String> conditions, Map<String, Object> params, int limit) {
		params.put("limit", limit);
		return jdbc.sql(SELECT + where(conditions) + " ORDER BY sequence FETCH FIRST :limit ROWS ONLY")
			.params(params)
			.query(LedgerTables::entry)
			.list();
	}

	static List<String> filters(LogQuery query, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (query.responsibleAuthority() != null) {
			conditions.add("responsible_authority = :authority");
			params.put("authority", query.responsibleAuthority());
		}
		if (query.permittedAuthorities() != null) {
			if (query.permittedAuthorities().isEmpty()) {
				conditions.add("1 = 0");
			}
			else {
				conditions.add("responsible_authority IN (:permitted)");
				params.put("permitted", List.copyOf(query.permittedAuthorities()));
			}
		}
		if (query.rulesetVersion() != null) {
			conditions.add("ruleset_version = :version");
			params.put("version", query.rulesetVersion());
		}
		if (query.from() != null) {
			conditions.add("recorded_at >= :from");
			params.put("from", utc(query.from()));
		}
		if (query.to() != null) {
			conditions.add("recorded_at < :to");
			params.put("to", utc(query.to()));
		}
		return conditions;
	}

	static String where(List<String> conditions) {
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	// microseconds, as stored: both databases then compare the same instant (PostgreSQL
	// would round nanos)
	static OffsetDateTime utc(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
		LedgerPayload.Texts texts = texts(rs);
		return new LedgerEntry(rs.getLong("sequence"), rs.getString("decision_id"),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("caller"),
				rs.getString("responsible_authority"), rs.getObject("as_of", LocalDate.class),
				rs.getString("ruleset_version"), texts.requestJson(), texts.responseJson(), texts.firedJson(),
				rs.getString("previous_hash"), rs.getString("record_hash"), sufficiency(rs));
	}

	/**
	 * The row's request, response and fired rules, however stored
	 * ({@link LedgerPayload}).
	 */
	static LedgerPayload.Texts texts(ResultSet rs) throws SQLException {
		return LedgerPayload.read(rs.getString("request_json"), rs.getString("response_json"),
				rs.getString("fired_json"), rs.getBytes("payload"));
	}

	/** Null for a record stored before issue 13 (V5), which has none. */
	private static @Nullable SufficiencyRecord sufficiency(ResultSet rs) throws SQLException {
		boolean inAreaEligible = rs.getBoolean("in_area_eligible");
		if (rs.wasNull()) {
			return null;
		}
		return new SufficiencyRecord(inAreaEligible, SufficiencyRecord.parseNeedGroups(rs.getString("need_groups")));
	}

	/** The last record's sequence and hash as {@code ledger_head} holds them. */
	record Head(long lastSequence, String lastHash) {
	}

}
