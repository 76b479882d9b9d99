package org.example.placement.ledger;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.DecisionLogUnavailableException;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.IdempotencyKey;
import org.example.placement.decision.KeyedDecision;
import org.example.placement.decision.RecordedDecision;
import org.example.placement.decision.RulesetSources;
import org.example.placement.decision.ServedRulesets;
import org.example.placement.decision.Sha256;
import org.example.placement.decision.SufficiencyRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import tools.jackson.core.JacksonException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The decision log in a relational database through JDBC. Each decision is appended in
 * one transaction that locks the head of the chain, so sequences have no gaps, concurrent
 * appends queue, and a failure anywhere stores nothing (the record, the head and the
 * ruleset archive commit together or not at all), and so does a caller's idempotency key
 * with the decision it holds. Any database failure surfaces as
 * {@link DecisionLogUnavailableException}, so no decision is returned unrecorded. The
 * files of a ruleset version come from the rulesets the service let serve
 * ({@link ServedRulesets}), by the decision's version.
 */
final class JdbcDecisionLog implements DecisionLog, DecisionLedger {

	static final int CHUNK_SIZE = 500;

	/** The most decisions one group commit writes (README "Decision log"). */
	static final int MAX_GROUP = 64;

	private final TransactionTemplate transactions;

	private final int chunkSize;

	private final LedgerTables tables;

	private final RulesetArchive archive;

	private final IdempotencyKeys keys;

	private final LedgerJson json = new LedgerJson();

	private final ChainVerifier verifier;

	private final ChainAppender appender;

	private final LogPages pages;

	/**
	 * {@code chunkSize}: how many records {@link #forEach} and {@link #verify} hold in
	 * memory at once.
	 */
	JdbcDecisionLog(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock, int chunkSize,
			ChainWitness witness, ServedRulesets served) {
		this(dataSource, transactionManager, clock, chunkSize, witness, served, MAX_GROUP, ChainAppender.GATHER,
				(size) -> {
				});
	}

	/**
	 * {@code maxGroup} and {@code gather}: see {@link GroupCommit};
	 * {@code groupCommitted} is told the size of each group committed.
	 */
	JdbcDecisionLog(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock, int chunkSize,
			ChainWitness witness, ServedRulesets served, int maxGroup, Duration gather, IntConsumer groupCommitted) {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		this.transactions = new TransactionTemplate(transactionManager);
		this.chunkSize = chunkSize;
		this.tables = new LedgerTables(jdbc);
		this.archive = new RulesetArchive(jdbc, served);
		this.keys = new IdempotencyKeys(jdbc);
		this.verifier = new ChainVerifier(tables, new OutcomeTables(jdbc), json, chunkSize, witness);
		this.pages = new LogPages(jdbc, tables, json, chunkSize);
		this.appender = new ChainAppender(transactions, clock, tables, keys, new RecordBatch(dataSource), archive,
				witness, maxGroup, gather, groupCommitted);
	}

	@Override
	public RecordedDecision record(DecisionRequest request, Decision decision, String caller) {
		RecordTexts texts = Objects.requireNonNull(append(request, decision, caller, null));
		return new RecordedDecision(decision, texts.response());
	}

	@Override
	public KeyedDecision record(DecisionRequest request, Decision decision, String caller, IdempotencyKey key) {
		RecordTexts texts = append(request, decision, caller, key);
		if (texts != null) {
			return KeyedDecision.ofNew(new RecordedDecision(decision, texts.response()));
		}
		// another request with this key was recorded first: answer with its decision
		return findByIdempotencyKey(caller, key, request)
			.orElseThrow(() -> new IllegalStateException("an idempotency key was refused but holds no decision"));
	}

	@Override
	public Optional<KeyedDecision> findByIdempotencyKey(String caller, IdempotencyKey key, DecisionRequest request) {
		String fingerprint = Sha256.of(json.write(request));
		return available(() -> keys.find(caller, key)).map(held -> KeyedDecision
			.ofEarlier(json.recorded(held.responseJson()), held.requestHash().equals(fingerprint)));
	}

	/**
	 * Appends with the key if any; the texts, once committed, or null, storing nothing,
	 * when the caller holds the key. The texts are made and compressed here
	 * ({@link LedgerJson#texts}), not on the writer thread.
	 */
	private @Nullable RecordTexts append(DecisionRequest request, Decision decision, String caller,
			@Nullable IdempotencyKey key) {
		try (GroupCommit.Arrival arrival = appender.arriving()) {
			LedgerJson.NewRecord written = json.texts(request, decision);
			RecordTexts texts = written.texts();
			Objects.requireNonNull(request.asOf(), "request.asOf");
			Objects.requireNonNull(request.responsibleAuthority(), "request.responsibleAuthority");
			ChainAppender.Append append = new ChainAppender.Append(caller, decision.decisionId(),
					request.responsibleAuthority(), request.asOf(), decision.rulesetVersion(), texts, written.payload(),
					SufficiencyRecord.of(request, decision), key, key == null ? null : Sha256.of(texts.request()));
			return available(() -> appender.append(append, arrival)) ? texts : null;
		}
	}

	/** The writer: its queue (a meter) and its pauses ({@link CompactionPace}). */
	ChainAppender appender() {
		return appender;
	}

	/** Stops taking appends once those queued are written (at shutdown). */
	public void close() throws InterruptedException {
		appender.close();
	}

	/**
	 * Proves the log can record now, the way an append does: locks the head and writes it
	 * back unchanged, and commits, so the database must reach its disk. Changes nothing.
	 * @return the last sequence recorded
	 * @throws DecisionLogUnavailableException when it cannot
	 */
	long probe() {
		return available(() -> transactions.execute(status -> {
			// locking the head writes it back unchanged
			return tables.lockHead().lastSequence();
		}));
	}

	@Override
	public Optional<LoggedDecision> find(String decisionId) {
		return available(() -> tables.find(decisionId)).map(this::logged);
	}

	@Override
	public List<LoggedDecision> list(LogQuery query) {
		return available(() -> pages.list(query)).stream().map(this::logged).toList();
	}

	@Override
	public LogPage page(LogQuery query) {
		return available(() -> pages.page(query, this::logged));
	}

	@Override
	public void forEach(LogQuery query, Consumer<LoggedDecision> action) {
		long after = 0;
		List<LedgerEntry> chunk;
		do {
			long from = after;
			chunk = available(() -> tables.oldestFirst(query, from, chunkSize));
			for (LedgerEntry entry : chunk) {
				pages.ifFired(query, entry, fired -> action.accept(logged(fired)));
				after = entry.sequence();
			}
		}
		while (chunk.size() == chunkSize);
	}

	@Override
	public Optional<RulesetSources> ruleset(String version) {
		return available(() -> archive.find(version));
	}

	@Override
	public List<ArchivedRuleset> rulesets() {
		return available(archive::versions);
	}

	@Override
	public void archive(RulesetSources sources) {
		available(() -> transactions.execute(status -> {
			archive.keep(sources);
			return sources.version();
		}));
	}

	@Override
	public ChainReport verify() {
		return available(verifier::verify);
	}

	private LoggedDecision logged(LedgerEntry entry) {
		DecisionRequest request = null;
		String problem = null;
		try {
			request = json.readRequest(entry.requestJson());
		}
		catch (JacksonException ex) {
			// listed, shown and verified all the same; only a replay needs the request
			problem = json.unreadable(ex);
		}
		return new LoggedDecision(entry.sequence(), entry.decisionId(), entry.recordedAt(), entry.caller(),
				entry.responsibleAuthority(), entry.asOf(), entry.rulesetVersion(), request, problem,
				entry.responseJson(), entry.firedJson(), entry.recordHash());
	}

	private static <T> T available(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (DataAccessException | TransactionException ex) {
			throw new DecisionLogUnavailableException("The decision log cannot be reached", ex);
		}
	}

}
