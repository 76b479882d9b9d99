package org.example.placement.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.IdempotencyKey;
import org.example.placement.decision.KeyedDecision;
import org.example.placement.decision.RecordedDecision;
import org.example.placement.decision.RulesetSources;
import org.example.placement.decision.SufficiencyRecord;
import io.micrometer.core.instrument.MeterRegistry;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The decision log's own work on one decision, opened to {@code benchmark.LedgerCpu} and
 * {@code benchmark.H2CommitStall} outside this package: writing its texts, compressing
 * them, a log over a database of the caller's, and the H2 file's compaction. Not a test.
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

	/** Whether UTF-8 JSON holds an escaped surrogate, as the log looks for one. */
	public static boolean escapesASurrogate(byte[] json) {
		return LedgerJson.escapesASurrogate(json);
	}

	/** The fired rules' text as the log writes it. */
	public static byte[] fired(Decision decision) {
		return JSON.fired(decision.trace());
	}

	/**
	 * A log that does on the caller's thread all that the service's log does there for a
	 * new decision (its texts written, compressed, its sufficiency record made, and the
	 * meters of {@link MeteredDecisionLog}) but hands nothing to the writer: what a
	 * request thread spends in the log outside the append's wait.
	 */
	public static DecisionLog withoutWriting(MeterRegistry registry) {
		return metered(registry, (request, decision) -> {
			LedgerJson.NewRecord written = JSON.texts(request, decision);
			RecordTexts texts = written.texts();
			byte[] payload = written.payload();
			SufficiencyRecord sufficiency = SufficiencyRecord.of(request, decision);
			return (payload.length > 0 && sufficiency != null) ? new RecordedDecision(decision, texts.response())
					: new RecordedDecision(decision, new byte[0]);
		});
	}

	/**
	 * The meters of {@link MeteredDecisionLog} alone, around a log that records nothing:
	 * what counting a decision costs the request thread.
	 */
	public static DecisionLog metersOnly(MeterRegistry registry) {
		return metered(registry, (request, decision) -> new RecordedDecision(decision, new byte[0]));
	}

	/**
	 * {@link MeteredDecisionLog} around a log whose new decisions {@code record} answers.
	 */
	private static DecisionLog metered(MeterRegistry registry,
			BiFunction<DecisionRequest, Decision, RecordedDecision> record) {
		return new MeteredDecisionLog(new DecisionLog() {

			@Override
			public RecordedDecision record(DecisionRequest request, Decision decision, String caller) {
				return record.apply(request, decision);
			}

			@Override
			public KeyedDecision record(DecisionRequest request, Decision decision, String caller, IdempotencyKey key) {
				return KeyedDecision.ofNew(record(request, decision, caller));
			}

			@Override
			public Optional<KeyedDecision> findByIdempotencyKey(String caller, IdempotencyKey key,
					DecisionRequest request) {
				return Optional.empty();
			}

		}, registry);
	}

	/** The texts' bytes: the request, the response (the answer) and the fired rules. */
	public static byte[][] bytes(Object texts) {
		RecordTexts record = ((LedgerJson.NewRecord) texts).texts();
		return new byte[][] { record.request(), record.response(), record.fired() };
	}

	/** The payload the log stores for those texts. */
	public static byte[] payload(Object texts) {
		return LedgerPayload.compress(((LedgerJson.NewRecord) texts).texts());
	}

	/**
	 * A log over {@code dataSource}, migrated here, that archives any ruleset version it
	 * is asked to as one small file.
	 */
	public static DecisionLog log(DataSource dataSource) {
		return log(dataSource, ChainWitness.none(), (size) -> {
		});
	}

	/**
	 * The same, keeping its chain witness in {@code witnessFile} as the service does, and
	 * telling {@code groupCommitted} the size of each group it commits.
	 */
	public static DecisionLog log(DataSource dataSource, Path witnessFile, IntConsumer groupCommitted) {
		return log(dataSource, ChainWitness.at(witnessFile), groupCommitted);
	}

	private static DecisionLog log(DataSource dataSource, ChainWitness witness, IntConsumer groupCommitted) {
		Flyway.configure().dataSource(dataSource).load().migrate();
		return new JdbcDecisionLog(dataSource, new DataSourceTransactionManager(dataSource), Clock.systemUTC(),
				JdbcDecisionLog.CHUNK_SIZE, witness,
				(version) -> Optional.of(new RulesetSources(version, Map.of("benchmark.drl", "// " + version))),
				JdbcDecisionLog.MAX_GROUP, gather(), groupCommitted);
	}

	/**
	 * The service's {@code placement.ledger.gather}, or the nanoseconds of the system
	 * property {@code placement.ledger.gather-nanos} (to measure another).
	 */
	private static Duration gather() {
		return Duration.ofNanos(Long.getLong("placement.ledger.gather-nanos", ChainAppender.GATHER.toNanos()));
	}

	/**
	 * The URL of an embedded H2 log in {@code file} with the service's settings (those of
	 * {@code spring.datasource.url} in {@code application.properties}, but
	 * {@code AUTO_SERVER}: this process alone opens it), each of {@code overrides}
	 * ({@code NAME=value;...}, or empty) added or replacing the service's.
	 */
	public static String h2Url(Path file, String overrides) {
		Properties properties = new Properties();
		try (InputStream in = LedgerWork.class.getResourceAsStream("/application.properties")) {
			properties.load(Objects.requireNonNull(in, "application.properties"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String url = properties.getProperty("spring.datasource.url");
		Map<String, String> settings = new LinkedHashMap<>();
		for (String setting : (url.substring(url.indexOf(';') + 1) + ";" + overrides).split(";")) {
			if (setting.contains("=")) {
				settings.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
			}
		}
		settings.remove("AUTO_SERVER");
		StringBuilder h2 = new StringBuilder("jdbc:h2:file:").append(file);
		settings.forEach((name, value) -> h2.append(';').append(name).append('=').append(value));
		return h2.toString();
	}

	/** Whether every record in the log verifies (hashes and chain). */
	public static boolean verifies(DecisionLog log) {
		return ((JdbcDecisionLog) log).verify().intact();
	}

	/**
	 * The compaction the service runs on an embedded H2 log's file, over
	 * {@code dataSource}, run by the caller: each {@link Compaction#once} is one run.
	 */
	public static Compaction compaction(DataSource dataSource) {
		return new Compaction(new H2FileCompaction(dataSource, Duration.ZERO));
	}

	/**
	 * The compaction as the service runs it: on its own low-priority thread
	 * ({@code h2-file-compaction}) every {@code every}, until closed; does nothing (and
	 * starts no thread) unless {@code dataSource} is an embedded H2 file.
	 */
	public static AutoCloseable compactEvery(DataSource dataSource, Duration every) {
		H2FileCompaction compaction = new H2FileCompaction(dataSource, every);
		compaction.start();
		return compaction;
	}

	/** The service's H2 file compaction, one run at a time. */
	public static final class Compaction implements AutoCloseable {

		private final H2FileCompaction compaction;

		private Compaction(H2FileCompaction compaction) {
			this.compaction = compaction;
		}

		/** One run: its steps and its longest step (nanoseconds). */
		public long[] once() {
			H2FileCompaction.Run run = compaction.compactOnce();
			return new long[] { run.steps(), run.longestStep().toNanos() };
		}

		@Override
		public void close() throws InterruptedException {
			compaction.close();
		}

	}

}
