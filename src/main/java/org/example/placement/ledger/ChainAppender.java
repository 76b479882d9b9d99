package org.example.placement.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

import org.example.placement.decision.IdempotencyKey;
import org.example.placement.decision.SufficiencyRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the chain in groups: every decision queued while the last group committed
 * goes into the next one, which is one transaction that locks the head once, inserts each
 * record chained to the one before it (and its idempotency key, and archives any new
 * ruleset version), moves the head once and commits once: one write to disk for the
 * group. Each caller is answered only after that commit (and after the chain witness has
 * been told of it). On several instances, each one's groups queue on the same head lock
 * in the database, so the chain stays one and gap-free.
 * <p>
 * A caller's idempotency key is checked under the head lock, under which alone keys are
 * inserted: a key its caller already holds (in the database, or earlier in the same
 * group) stores nothing for that caller and takes no sequence. A group that fails on a
 * constraint is retried one decision at a time, so one bad decision fails alone; a group
 * that fails because the database cannot be reached fails as a whole (nothing of it is
 * stored).
 */
final class ChainAppender implements AutoCloseable {

	/** The default of {@code placement.ledger.gather}. */
	static final Duration GATHER = Duration.ofNanos(200_000);

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final LedgerTables tables;

	private final IdempotencyKeys keys;

	private final RecordBatch records;

	private final RulesetArchive archive;

	private final ChainWitness witness;

	private final IntConsumer groupCommitted;

	private final GroupCommit<Append, Outcome> writer;

	ChainAppender(TransactionTemplate transactions, Clock clock, LedgerTables tables, IdempotencyKeys keys,
			RecordBatch records, RulesetArchive archive, ChainWitness witness, int maxGroup, Duration gather,
			IntConsumer groupCommitted) {
		this.transactions = transactions;
		this.clock = clock;
		this.tables = tables;
		this.keys = keys;
		this.records = records;
		this.archive = archive;
		this.witness = witness;
		this.groupCommitted = groupCommitted;
		this.writer = new GroupCommit<>("decision-log-writer", maxGroup, gather, this::write);
	}

	/**
	 * Tells the writer a decision is on its way: its caller is writing its texts, and
	 * will append it with this arrival (or close it).
	 */
	GroupCommit.Arrival arriving() {
		return writer.arriving();
	}

	/**
	 * Appends once the decision is durably committed and chained; false, storing nothing,
	 * when its caller already holds its key.
	 */
	boolean append(Append append, GroupCommit.Arrival arrival) {
		Outcome outcome = writer.submit(append, arrival);
		if (outcome.failure() != null) {
			throw outcome.failure();
		}
		return outcome.appended();
	}

	/** Appends queued for the next group. */
	int queued() {
		return writer.queued();
	}

	/** How long the writer has had nothing to do ({@link GroupCommit#idleFor}). */
	Duration idleFor() {
		return writer.idleFor();
	}

	@Override
	public void close() throws InterruptedException {
		writer.close();
	}

	private List<Outcome> write(List<Append> group) {
		try {
			return commit(group).stream().map(Outcome::of).toList();
		}
		catch (DataIntegrityViolationException | IllegalArgumentException ex) {
			if (group.size() == 1) {
				throw ex;
			}
			List<Outcome> outcomes = new ArrayList<>(group.size());
			for (Append one : group) {
				outcomes.add(alone(one));
			}
			return outcomes;
		}
	}

	private Outcome alone(Append append) {
		try {
			return Outcome.of(commit(List.of(append)).get(0));
		}
		catch (RuntimeException ex) {
			return new Outcome(false, ex);
		}
	}

	/**
	 * One transaction for the group, its records inserted in one batch and then the keys
	 * they hold; each caller's outcome, in order.
	 */
	private List<Boolean> commit(List<Append> group) {
		List<Boolean> outcomes = new ArrayList<>(group.size());
		RecordBatch.Row last = transactions.execute((status) -> {
			LedgerTables.Head head = tables.lockHead();
			Set<List<String>> claimed = new HashSet<>();
			List<RecordBatch.Row> rows = new ArrayList<>(group.size());
			List<Runnable> keysHeld = new ArrayList<>();
			String hash = head.lastHash();
			RecordBatch.Row appended = null;
			for (Append append : group) {
				IdempotencyKey key = append.key();
				if (key != null
						&& (!claimed.add(List.of(append.caller(), key.value())) || keys.held(append.caller(), key))) {
					outcomes.add(false);
					continue;
				}
				RecordBatch.Row row = append.row(head.lastSequence() + rows.size() + 1, hash, clock.instant());
				rows.add(row);
				if (key != null) {
					keysHeld.add(() -> keys.keep(append.caller(), key, Objects.requireNonNull(append.requestHash()),
							row.decisionId(), row.recordedAt()));
				}
				archive.keep(append.rulesetVersion());
				hash = row.recordHash();
				appended = row;
				outcomes.add(true);
			}
			records.insert(rows);
			keysHeld.forEach(Runnable::run);
			if (appended != null) {
				tables.moveHead(appended.sequence(), hash);
			}
			return appended;
		});
		committed(last, group.size());
		return outcomes;
	}

	private void committed(RecordBatch.@Nullable Row last, int size) {
		if (last != null) {
			// committed: only now may the witness remember it
			witness.witness(last.sequence(), last.recordHash());
			groupCommitted.accept(size);
		}
	}

	/** What one caller is answered: appended or not, or what stopped it alone. */
	record Outcome(boolean appended, @Nullable RuntimeException failure) {

		static Outcome of(boolean appended) {
			return new Outcome(appended, null);
		}

	}

	/**
	 * What one caller asks to append: the decision's fields, its texts (and the same
	 * compressed, done on the caller's thread), and its idempotency key if any, with the
	 * fingerprint of its request.
	 */
	record Append(String caller, String decisionId, String responsibleAuthority, LocalDate asOf, String rulesetVersion,
			RecordTexts texts, byte[] payload, @Nullable SufficiencyRecord sufficiency, @Nullable IdempotencyKey key,
			@Nullable String requestHash) {

		Append {
			Objects.requireNonNull(caller, "caller");
		}

		/**
		 * This decision's row at {@code sequence}, chained to {@code previousHash}:
		 * hashed from the texts' bytes as written, never decoded.
		 */
		RecordBatch.Row row(long sequence, String previousHash, Instant now) {
			Instant stored = LedgerEntry.stored(now);
			String hash = LedgerEntry.hash(previousHash, sequence, decisionId, stored, caller, rulesetVersion, texts,
					sufficiency);
			return new RecordBatch.Row(sequence, decisionId, stored, caller, responsibleAuthority, asOf, rulesetVersion,
					previousHash, hash, sufficiency, payload);
		}

	}

}
