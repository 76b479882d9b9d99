package org.example.placement.ledger;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.RulesetSources;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The decision log's own work on one decision, opened to {@code benchmark.LedgerCpu}
 * outside this package: writing its texts, compressing them, and a log over a database of
 * the caller's. Not a test.
 */
public final class LedgerWork {

	private static final LedgerJson JSON = new LedgerJson();

	private LedgerWork() {
	}

	/**
	 * The record's three texts as the log writes them, in the form
	 * {@link #payload}/{@link #bytes} take.
	 */
	public static Object texts(DecisionRequest request, Decision decision) {
		return JSON.texts(request, decision);
	}

	/** The decision's text as the log writes it. */
	public static byte[] response(Decision decision) {
		return JSON.utf8(decision);
	}

	/** The request's text as the log writes it. */
	public static byte[] request(DecisionRequest request) {
		return JSON.utf8(request);
	}

	/** The fired rules' text as the log writes it. */
	public static byte[] fired(Decision decision) {
		return JSON.fired(decision.trace());
	}

	/** The texts' bytes: the request, the response (the answer) and the fired rules. */
	public static byte[][] bytes(Object texts) {
		RecordTexts record = (RecordTexts) texts;
		return new byte[][] { record.request(), record.response(), record.fired() };
	}

	/** The payload the log stores for those texts. */
	public static byte[] payload(Object texts) {
		return LedgerPayload.compress((RecordTexts) texts);
	}

	/**
	 * A log over {@code dataSource}, migrated here, that archives any ruleset version it
	 * is asked to as one small file.
	 */
	public static DecisionLog log(DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).load().migrate();
		return new JdbcDecisionLog(dataSource, new DataSourceTransactionManager(dataSource), Clock.systemUTC(),
				JdbcDecisionLog.CHUNK_SIZE, ChainWitness.none(),
				(version) -> Optional.of(new RulesetSources(version, Map.of("benchmark.drl", "// " + version))));
	}

	/** Whether every record in the log verifies (hashes and chain). */
	public static boolean verifies(DecisionLog log) {
		return ((JdbcDecisionLog) log).verify().intact();
	}

}
