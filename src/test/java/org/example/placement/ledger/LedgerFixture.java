package org.example.placement.ledger;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.RulesetSources;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import java.nio.file.Path;

/**
 * A decision log over a new database migrated by the production Flyway scripts, with a
 * clock that ticks a minute per record and plain SQL for tampering, as someone with
 * database access would. The log reads in chunks of three so that small tests cross chunk
 * boundaries.
 */
final class LedgerFixture implements AutoCloseable {

	static final Instant START = Instant.parse("2026-11-23T09:00:00.123456789Z");

	private static final AtomicInteger DATABASES = new AtomicInteger();

	final HikariDataSource dataSource;

	final JdbcClient sql;

	final TickingClock clock = new TickingClock(START, Duration.ofMinutes(1));

	/** The rulesets "served" here, by version: what the log archives from. */
	final Map<String, RulesetSources> served = new ConcurrentHashMap<>(
			Map.of(Decisions.RULESET.version(), Decisions.RULESET));

	final JdbcDecisionLog log;

	/** Outcomes, chained with {@link #log}'s decisions. */
	final JdbcOutcomeLog outcomes;

	private LedgerFixture(HikariDataSource dataSource) {
		this.dataSource = dataSource;
		this.sql = JdbcClient.create(dataSource);
		this.log = logOver(dataSource, 3);
		this.outcomes = new JdbcOutcomeLog(dataSource, new DataSourceTransactionManager(dataSource), clock,
				ChainWitness.none());
	}

	static LedgerFixture on(LedgerDatabase database) {
		HikariDataSource dataSource = database.createEmpty("ledger_" + DATABASES.incrementAndGet());
		Flyway.configure().dataSource(dataSource).load().migrate();
		return new LedgerFixture(dataSource);
	}

	/** Another log over {@code source} sharing this fixture's clock. */
	JdbcDecisionLog logOver(DataSource source, int chunkSize) {
		return new JdbcDecisionLog(source, new DataSourceTransactionManager(source), clock, chunkSize,
				ChainWitness.none(), this::sources);
	}

	/** Another log over this database that keeps its chain witness in {@code file}. */
	JdbcDecisionLog logWitnessedBy(Path file) {
		return new JdbcDecisionLog(dataSource, new DataSourceTransactionManager(dataSource), clock, 3,
				ChainWitness.at(file), this::sources);
	}

	/** Lets the log archive {@code sources}, as if that ruleset had served here. */
	void serve(RulesetSources sources) {
		served.put(sources.version(), sources);
	}

	private Optional<RulesetSources> sources(String version) {
		return Optional.ofNullable(served.get(version));
	}

	/** Records {@code D-1} to {@code D-<count>} in order. */
	void recordDecisions(int count, String authority) {
		for (int n = 1; n <= count; n++) {
			record("D-" + n, authority);
		}
	}

	void record(String decisionId, String authority) {
		DecisionRequest request = Decisions.aRequestIn(authority);
		log.record(request, Decisions.aDecision(decisionId, request), "caller");
	}

	/**
	 * The instant the {@code n}th record (from 1) was stored with: the clock's reading,
	 * in microseconds.
	 */
	Instant recordedAt(int n) {
		return clock.reading(START, n).truncatedTo(ChronoUnit.MICROS);
	}

	LedgerEntry entryAt(long sequence) {
		return new LedgerTables(sql).chain(sequence - 1, sequence, 1).get(0);
	}

	/**
	 * Edits the response of the record at {@code sequence} where it is stored (its
	 * deflated payload), as someone with database access and this code could.
	 */
	void editResponse(long sequence, UnaryOperator<String> edit) {
		byte[] payload = sql.sql("SELECT payload FROM decision_record WHERE sequence = ?")
			.param(sequence)
			.query((rs, row) -> rs.getBytes(1))
			.single();
		LedgerPayload.Texts texts = LedgerPayload.read(null, null, null, payload);
		sql.sql("UPDATE decision_record SET payload = ? WHERE sequence = ?")
			.params(LedgerPayload.compress(texts.requestJson(), edit.apply(texts.responseJson()), texts.firedJson()),
					sequence)
			.update();
	}

	long count(String table) {
		return sql.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	@Override
	public void close() {
		try {
			log.close();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		dataSource.close();
	}

}
