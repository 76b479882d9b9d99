package org.example.placement.ledger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import javax.sql.DataSource;

import org.example.placement.decision.DecisionLogUnavailableException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.function.Supplier;

/**
 * The access log in {@code access_record} (V3), in the SQL H2 and PostgreSQL share. Rows
 * are only ever inserted, all the rows of one access in one transaction: there is
 * deliberately no update or delete here. It lives in the decision log's database, so when
 * that is down the read it would record fails too, with the same
 * {@link DecisionLogUnavailableException}.
 */
final class JdbcAccessLog implements AccessLog {

	private static final String COLUMNS = "access_id, accessed_at, reader, kind, decision_id";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	JdbcAccessLog(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = JdbcClient.create(dataSource);
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Override
	public void record(String reader, Kind kind, List<String> decisionIds) {
		Objects.requireNonNull(reader, "reader");
		Objects.requireNonNull(kind, "kind");
		if (decisionIds.isEmpty()) {
			return;
		}
		String accessId = UUID.randomUUID().toString();
		OffsetDateTime now = LedgerTables.utc(clock.instant());
		String who = reader.length() > 255 ? reader.substring(0, 255) : reader;
		available(() -> transactions.execute(status -> {
			for (String decisionId : decisionIds) {
				jdbc.sql("INSERT INTO access_record (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)")
					.params(accessId, now, who, kind.name(), decisionId)
					.update();
			}
			return null;
		}));
	}

	@Override
	public List<Access> list(Query query) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (query.decisionId() != null) {
			conditions.add("decision_id = :decisionId");
			params.put("decisionId", query.decisionId());
		}
		if (query.reader() != null) {
			conditions.add("reader = :reader");
			params.put("reader", query.reader());
		}
		if (query.from() != null) {
			conditions.add("accessed_at >= :from");
			params.put("from", LedgerTables.utc(query.from()));
		}
		if (query.to() != null) {
			conditions.add("accessed_at < :to");
			params.put("to", LedgerTables.utc(query.to()));
		}
		params.put("offset", (long) query.page() * query.size());
		params.put("size", query.size());
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		return available(() -> jdbc
			.sql("SELECT " + COLUMNS + " FROM access_record" + where
					+ " ORDER BY id DESC OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
			.params(params)
			.query((rs, row) -> new Access(rs.getString("access_id"),
					rs.getObject("accessed_at", OffsetDateTime.class).toInstant(), rs.getString("reader"),
					Kind.valueOf(rs.getString("kind")), rs.getString("decision_id")))
			.list());
	}

	private static <T> T available(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (DataAccessException | TransactionException ex) {
			throw new DecisionLogUnavailableException("The access log cannot be reached", ex);
		}
	}

}
