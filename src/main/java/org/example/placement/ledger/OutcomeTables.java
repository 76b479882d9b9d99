package org.example.placement.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL for {@code decision_outcome}, in the subset H2 and PostgreSQL share. Outcomes
 * are only ever inserted, with the head locked, like decisions: there is no statement
 * here that updates or deletes one.
 */
final class OutcomeTables {

	private static final String COLUMNS = "sequence, outcome_id, decision_id, recorded_at, caller, chosen_ref, "
			+ "reason_code, reason, decided_by, decided_on, supersedes, previous_hash, record_hash";

	private static final String SELECT = "SELECT " + COLUMNS + " FROM decision_outcome";

	/** The outcomes no later outcome supersedes. */
	private static final String CURRENT = " NOT EXISTS (SELECT 1 FROM decision_outcome later"
			+ " WHERE later.supersedes = o.outcome_id)";

	private final JdbcClient jdbc;

	OutcomeTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Call with the head locked, and move the head after. */
	void insert(OutcomeEntry entry) {
		jdbc.sql("INSERT INTO decision_outcome (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(entry.sequence(), entry.outcomeId(), entry.decisionId(), LedgerTables.utc(entry.recordedAt()),
					entry.caller(), entry.chosenRef(), entry.reasonCode(), entry.reason(), entry.decidedBy(),
					entry.decidedOn(), entry.supersedes(), entry.previousHash(), entry.recordHash())
			.update();
	}

	/** A decision's outcomes, oldest first: the last is the current one. */
	List<OutcomeEntry> of(String decisionId) {
		return jdbc.sql(SELECT + " WHERE decision_id = ? ORDER BY sequence")
			.param(decisionId)
			.query(OutcomeTables::entry)
			.list();
	}

	Optional<OutcomeEntry> current(String decisionId) {
		return jdbc.sql(SELECT + " o WHERE decision_id = ? AND" + CURRENT)
			.param(decisionId)
			.query(OutcomeTables::entry)
			.optional();
	}

	/**
	 * Up to {@code limit} outcomes in sequence order after {@code afterSequence} and up
	 * to {@code last}.
	 */
	List<OutcomeEntry> chain(long afterSequence, long last, int limit) {
		return jdbc.sql(SELECT + " WHERE sequence > ? AND sequence <= ? ORDER BY sequence FETCH FIRST ? ROWS ONLY")
			.params(afterSequence, last, limit)
			.query(OutcomeTables::entry)
			.list();
	}

	boolean holdsHash(String recordHash) {
		return jdbc.sql("SELECT COUNT(*) FROM decision_outcome WHERE record_hash = ?")
			.param(recordHash)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Each decision's current outcome decided in the window, oldest first, with its
	 * decision's recorded response; {@code permitted} null for every authority.
	 */
	void forEachCurrent(OutcomeQuery query, BiConsumer<OutcomeEntry, String> action) {
		Map<String, Object> params = new HashMap<>();
		List<String> conditions = new ArrayList<>(List.of(CURRENT));
		if (query.authority() != null) {
			conditions.add("d.responsible_authority = :authority");
			params.put("authority", query.authority());
		}
		if (query.permitted() != null) {
			conditions.add(query.permitted().isEmpty() ? "1 = 0" : "d.responsible_authority IN (:permitted)");
			params.put("permitted", List.copyOf(query.permitted()));
		}
		if (query.from() != null) {
			conditions.add("o.decided_on >= :from");
			params.put("from", query.from());
		}
		if (query.to() != null) {
			conditions.add("o.decided_on <= :to");
			params.put("to", query.to());
		}
		jdbc.sql("SELECT o.*, d.request_json, d.response_json, d.fired_json, d.payload FROM decision_outcome o"
				+ " JOIN decision_record d ON d.decision_id = o.decision_id WHERE " + String.join(" AND ", conditions)
				+ " ORDER BY o.sequence")
			.params(params)
			.query((ResultSet rs) -> {
				action.accept(entry(rs, 0), LedgerTables.texts(rs).responseJson());
			});
	}

	private static OutcomeEntry entry(ResultSet rs, int row) throws SQLException {
		return new OutcomeEntry(rs.getLong("sequence"), rs.getString("outcome_id"), rs.getString("decision_id"),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("caller"),
				rs.getString("chosen_ref"), rs.getString("reason_code"), rs.getString("reason"),
				rs.getString("decided_by"), rs.getObject("decided_on", LocalDate.class), rs.getString("supersedes"),
				rs.getString("previous_hash"), rs.getString("record_hash"));
	}

}
