package org.example.placement.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.example.placement.decision.DecisionLogUnavailableException;
import org.example.placement.ledger.AccessLog.Access;
import org.example.placement.ledger.AccessLog.Kind;
import org.example.placement.ledger.AccessLog.Query;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.assertj.core.groups.Tuple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The access log (V3) on each database the service supports: appended, filtered, newest
 * first.
 */
@OnEveryLedgerDatabase
class AccessLogTests {

	@Parameter
	LedgerDatabase database;

	LedgerFixture ledger;

	JdbcAccessLog accessLog;

	@BeforeEach
	void openAnEmptyLedger() {
		accessLog = new JdbcAccessLog(ledger.dataSource, new DataSourceTransactionManager(ledger.dataSource),
				ledger.clock);
	}

	@Test
	void recordsWhoReadWhichDecisionsWhenAndHowNewestFirst() {
		accessLog.record("broker-a", Kind.GET, List.of("D-1"));
		accessLog.record("auditor-b", Kind.LIST, List.of("D-2", "D-1"));
		accessLog.record("auditor-b", Kind.REPLAY, List.of("D-2"));

		List<Access> whoReadD1 = accessLog.list(Query.of("D-1"));

		assertThat(whoReadD1).extracting(Access::reader, Access::kind, Access::decisionId)
			.containsExactly(Tuple.tuple("auditor-b", Kind.LIST, "D-1"), Tuple.tuple("broker-a", Kind.GET, "D-1"));
		assertThat(whoReadD1.get(0).accessedAt()).isAfter(whoReadD1.get(1).accessedAt());
		assertThat(accessLog.list(new Query(null, "auditor-b", null, null, 0, 50))).extracting(Access::kind)
			.containsExactly(Kind.REPLAY, Kind.LIST, Kind.LIST);
		assertThat(ledger.count("access_record")).isEqualTo(4);
	}

	@Test
	void oneAccessOfSeveralDecisionsSharesItsAccessIdAndTime() {
		accessLog.record("auditor-b", Kind.LIST, List.of("D-2", "D-1"));

		List<Access> rows = accessLog.list(new Query(null, null, null, null, 0, 50));

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).accessId()).isEqualTo(rows.get(1).accessId());
		assertThat(rows.get(0).accessedAt()).isEqualTo(rows.get(1).accessedAt());
	}

	@Test
	void filtersByTimeAndPages() {
		accessLog.record("a", Kind.GET, List.of("D-1"));
		accessLog.record("a", Kind.GET, List.of("D-2"));
		accessLog.record("a", Kind.GET, List.of("D-3"));
		Instant second = accessLog.list(Query.of("D-2")).get(0).accessedAt();

		assertThat(accessLog.list(new Query(null, null, second, null, 0, 50))).extracting(Access::decisionId)
			.containsExactly("D-3", "D-2");
		assertThat(accessLog.list(new Query(null, null, null, second, 0, 50))).extracting(Access::decisionId)
			.containsExactly("D-1");
		assertThat(accessLog.list(new Query(null, null, null, null, 1, 2))).extracting(Access::decisionId)
			.containsExactly("D-1");
	}

	@Test
	void aReadOfNoDecisionRecordsNothing() {
		accessLog.record("a", Kind.LIST, List.of());

		assertThat(ledger.count("access_record")).isZero();
	}

	@Test
	void aReadThatCannotBeRecordedFailsAsTheLogBeingUnavailable() {
		HikariDataSource closed = database.createEmpty("closed_" + System.nanoTime());
		closed.close();
		JdbcAccessLog down = new JdbcAccessLog(closed, new DataSourceTransactionManager(closed), ledger.clock);

		assertThatExceptionOfType(DecisionLogUnavailableException.class)
			.isThrownBy(() -> down.record("a", Kind.GET, List.of("D-1")));
	}

	@Test
	void rowsAreOnlyAppended() {
		accessLog.record("a", Kind.GET, List.of("D-1"));
		Map<String, Object> row = ledger.sql.sql("SELECT reader, kind, decision_id FROM access_record")
			.query()
			.singleRow();

		accessLog.record("a", Kind.REPLAY, List.of("D-1"));

		assertThat(
				ledger.sql.sql("SELECT reader, kind, decision_id FROM access_record ORDER BY id").query().listOfRows())
			.first()
			.isEqualTo(row);
	}

}
