package org.example.placement.ledger;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionLogUnavailableException;
import org.example.placement.decision.Outcome;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outcomes through JDBC, each appended alone in one transaction that locks the head of
 * the chain (outcomes are few beside decisions, so they queue on the head lock with the
 * decisions' group commits rather than joining them): it reads the decision's current
 * outcome under the lock, so two outcomes sent at once for one decision are chained one
 * superseding the other, never both current. The chain witness is told after the commit,
 * as for decisions.
 */
final class JdbcOutcomeLog implements OutcomeLedger {

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final LedgerTables tables;

	private final OutcomeTables outcomes;

	private final ChainWitness witness;

	private final LedgerJson json = new LedgerJson();

	JdbcOutcomeLog(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock,
			ChainWitness witness) {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.tables = new LedgerTables(jdbc);
		this.outcomes = new OutcomeTables(jdbc);
		this.witness = witness;
	}

	@Override
	public Recorded record(String decisionId, Outcome outcome, String caller) {
		Recorded recorded = available(() -> transactions.execute((status) -> {
			LedgerTables.Head head = tables.lockHead();
			Optional<OutcomeEntry> current = outcomes.current(decisionId);
			if (current.isPresent() && current.get().outcome().equals(outcome)) {
				return new Recorded(RecordedOutcome.of(current.get()), false);
			}
			OutcomeEntry entry = OutcomeEntry.chained(head.lastSequence() + 1, head.lastHash(),
					UUID.randomUUID().toString(), decisionId, clock.instant(), caller, outcome,
					current.map(OutcomeEntry::outcomeId).orElse(null));
			outcomes.insert(entry);
			tables.moveHead(entry.sequence(), entry.recordHash());
			return new Recorded(RecordedOutcome.of(entry), true);
		}));
		if (recorded.created()) {
			// committed: only now may the witness remember it
			witness.witness(recorded.outcome().sequence(), recorded.outcome().hash());
		}
		return recorded;
	}

	@Override
	public List<RecordedOutcome> history(String decisionId) {
		return available(() -> outcomes.of(decisionId)).stream().map(RecordedOutcome::of).toList();
	}

	@Override
	public Optional<RecordedOutcome> current(String decisionId) {
		return available(() -> outcomes.current(decisionId)).map(RecordedOutcome::of);
	}

	@Override
	public void forEachCurrent(OutcomeQuery query, BiConsumer<RecordedOutcome, Decision> action) {
		available(() -> {
			outcomes.forEachCurrent(query,
					(entry, response) -> action.accept(RecordedOutcome.of(entry), json.readDecision(response)));
			return query;
		});
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
