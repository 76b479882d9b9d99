package org.example.placement.ledger;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.example.placement.decision.ChainReport;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.DecisionLogUnavailableException;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.IdempotencyKey;
import org.example.placement.decision.KeyedDecision;
import org.example.placement.decision.LogQuery;
import org.example.placement.decision.LoggedDecision;
import org.example.placement.decision.RulesetSources;
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
 * {@link DecisionLogUnavailableException}, so no decision is returned unrecorded.
 */
final class JdbcDecisionLog implements DecisionLog {

	static final int CHUNK_SIZE = 500;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int chunkSize;

	private final LedgerTables tables;

	private final RulesetArchive archive;

	private final IdempotencyKeys keys;

	private final LedgerJson json = new LedgerJson();

	private final ChainVerifier verifier;

	private final ChainWitness witness;

	JdbcDecisionLog(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock,
			ChainWitness witness) {
		this(dataSource, transactionManager, clock, CHUNK_SIZE, witness);
	}

	/**
	 * {@code chunkSize}: how many records {@link #forEach} and {@link #verify} hold in
	 * memory at once.
	 */
	JdbcDecisionLog(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock, int chunkSize) {
		this(dataSource, transactionManager, clock, chunkSize, ChainWitness.none());
	}

	JdbcDecisionLog(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock, int chunkSize,
			ChainWitness witness) {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.chunkSize = chunkSize;
		this.tables = new LedgerTables(jdbc);
		this.archive = new RulesetArchive(jdbc);
		this.keys = new IdempotencyKeys(jdbc);
		this.witness = witness;
		this.verifier = new ChainVerifier(tables, json, chunkSize, witness);
	}

	@Override
	public void record(DecisionRequest request, Decision decision, String caller, RulesetSources sources) {
		append(request, decision, caller, sources, null);
	}

	@Override
	public Optional<KeyedDecision> record(DecisionRequest request, Decision decision, String caller,
			RulesetSources sources, IdempotencyKey key) {
		if (append(request, decision, caller, sources, key)) {
			return Optional.empty();
		}
		// another request with this key was recorded first: answer with its decision
		return Optional.of(findByIdempotencyKey(caller, key, request)
			.orElseThrow(() -> new IllegalStateException("an idempotency key was refused but holds no decision")));
	}

	@Override
	public Optional<KeyedDecision> findByIdempotencyKey(String caller, IdempotencyKey key, DecisionRequest request) {
		String fingerprint = Sha256.of(json.write(request));
		return available(() -> keys.find(caller, key))
			.map(held -> new KeyedDecision(json.readDecision(held.responseJson()),
					held.requestHash().equals(fingerprint)));
	}

	/**
	 * Appends, keeping the key (if any) in the same transaction; false, storing nothing,
	 * when the caller already holds the key.
	 */
	private boolean append(DecisionRequest request, Decision decision, String caller, RulesetSources sources,
			@Nullable IdempotencyKey key) {
		Objects.requireNonNull(caller, "caller");
		Objects.requireNonNull(request.asOf(), "request.asOf");
		Objects.requireNonNull(request.responsibleAuthority(), "request.responsibleAuthority");
		if (!sources.version().equals(decision.rulesetVersion())) {
			throw new IllegalArgumentException("decision " + decision.decisionId() + " was made under ruleset "
					+ decision.rulesetVersion() + " but sources for " + sources.version() + " were given");
		}
		String requestJson = json.write(request);
		String responseJson = json.write(decision);
		String firedJson = json.fired(decision.trace());
		SufficiencyRecord sufficiency = SufficiencyRecord.of(request, decision);
		LedgerEntry appended = available(() -> transactions.execute(status -> {
			LedgerTables.Head head = tables.lockHead();
			LedgerEntry entry = LedgerEntry.chained(head.lastSequence() + 1, head.lastHash(), decision.decisionId(),
					clock.instant(), caller, request.responsibleAuthority(), request.asOf(), decision.rulesetVersion(),
					requestJson, responseJson, firedJson, sufficiency);
			tables.append(entry);
			if (key != null && !keys.claim(caller, key, Sha256.of(requestJson), entry)) {
				status.setRollbackOnly();
				return null;
			}
			archive.keep(sources);
			return entry;
		}));
		if (appended == null) {
			return false;
		}
		// committed: only now may the witness remember it
		witness.witness(appended.sequence(), appended.recordHash());
		return true;
	}

	/**
	 * Proves the log can record now, the way an append does: locks the head and writes it
	 * back unchanged, and commits, so the database must reach its disk. Changes nothing.
	 * @return the last sequence recorded
	 * @throws DecisionLogUnavailableException when it cannot
	 */
	long probe() {
		return available(() -> transactions.execute(status -> {
			LedgerTables.Head head = tables.lockHead();
			tables.touchHead();
			return head.lastSequence();
		}));
	}

	@Override
	public Optional<LoggedDecision> find(String decisionId) {
		return available(() -> tables.find(decisionId)).map(this::logged);
	}

	@Override
	public List<LoggedDecision> list(LogQuery query) {
		return available(() -> tables.newestFirst(query)).stream().map(this::logged).toList();
	}

	@Override
	public void forEach(LogQuery query, Consumer<LoggedDecision> action) {
		long after = 0;
		List<LedgerEntry> chunk;
		do {
			long from = after;
			chunk = available(() -> tables.oldestFirst(query, from, chunkSize));
			for (LedgerEntry entry : chunk) {
				action.accept(logged(entry));
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
