package org.example.placement.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Walks the decision log in sequence order, decisions and their outcomes alike
 * ({@link ChainRecord}: one chain through both tables), recomputing each record's hash
 * from its stored fields, and names the first record at fault:
 * <ul>
 * <li>{@code ALTERED}: its fields no longer give its stored hash (or its filter columns
 * disagree with its request); or, when a record's fields and hash were both rewritten,
 * the record after it no longer links to it, and the rewritten record is named;</li>
 * <li>{@code REMOVED}: the record before it is missing (a gap in the sequence, or a link
 * to a hash no record holds), or records after the last one the head names are
 * missing;</li>
 * <li>{@code REORDERED}: its sequence was changed (it links to a record that is still in
 * the log, but elsewhere).</li>
 * <li>{@code TRUNCATED}: the {@link ChainWitness} saw a record committed that the log no
 * longer holds, or holds with another hash: the log lost its tail (the records and the
 * head naming them went together, as when a database loses its last writes in a
 * crash).</li>
 * </ul>
 * Only records up to the head read at the start are walked, so appends running meanwhile
 * are neither blocked nor mistaken for damage; the witness is read before the head, since
 * it is written after each commit. {@code checked} counts the records found sound.
 */
final class ChainVerifier {

	private final LedgerTables tables;

	private final OutcomeTables outcomes;

	private final LedgerJson json;

	private final int chunkSize;

	private final ChainWitness witness;

	ChainVerifier(LedgerTables tables, OutcomeTables outcomes, LedgerJson json, int chunkSize, ChainWitness witness) {
		this.tables = tables;
		this.outcomes = outcomes;
		this.json = json;
		this.chunkSize = chunkSize;
		this.witness = witness;
	}

	ChainReport verify() {
		ChainWitness.Mark witnessed = witness.read().orElse(null);
		LedgerTables.Head head = tables.head();
		String witnessedHashFound = null;
		Link previous = Link.GENESIS;
		long checked = 0;
		List<ChainRecord> chunk;
		do {
			chunk = chunk(previous.sequence(), head.lastSequence());
			for (ChainRecord entry : chunk) {
				ChainReport fault = fault(previous, entry, checked);
				if (fault != null) {
					return fault;
				}
				previous = new Link(entry.sequence(), entry.decisionId(), entry.recordHash(), outcomeId(entry));
				checked++;
				if (witnessed != null && entry.sequence() == witnessed.sequence()) {
					witnessedHashFound = entry.recordHash();
				}
			}
		}
		while (chunk.size() == chunkSize);
		ChainReport report = endsAtHead(head, previous, checked);
		if (!report.intact() || witnessed == null) {
			return report;
		}
		if (witnessedHashFound == null) {
			// the witness saw a record committed after the last one the log holds
			return broken(checked, previous.sequence() + 1, null, ChainFault.TRUNCATED);
		}
		if (!witnessedHashFound.equals(witnessed.hash())) {
			// the record the witness saw was lost and its sequence reused by a later
			// append
			return broken(checked, witnessed.sequence(), null, ChainFault.TRUNCATED);
		}
		return ChainReport.intact(checked, true);
	}

	/**
	 * The next records of the chain from both tables, in sequence order: the first
	 * {@code chunkSize} of either table's first {@code chunkSize}.
	 */
	private List<ChainRecord> chunk(long after, long last) {
		List<ChainRecord> merged = new ArrayList<>(tables.chain(after, last, chunkSize));
		merged.addAll(outcomes.chain(after, last, chunkSize));
		merged.sort(Comparator.comparingLong(ChainRecord::sequence));
		return merged.size() > chunkSize ? merged.subList(0, chunkSize) : merged;
	}

	private @Nullable ChainReport fault(Link previous, ChainRecord entry, long checked) {
		boolean linked = entry.previousHash().equals(previous.hash());
		boolean inPlace = entry.sequence() == previous.sequence() + 1;
		if (linked && inPlace) {
			return sound(entry) ? null : broken(checked, entry, ChainFault.ALTERED);
		}
		if (linked || tables.holdsHash(entry.previousHash()) || outcomes.holdsHash(entry.previousHash())) {
			return broken(checked, entry, ChainFault.REORDERED);
		}
		if (inPlace && sound(entry) && previous.decisionId() != null) {
			// this record is intact but links to a hash no record holds: the one before
			// it was rewritten
			return broken(checked - 1, previous.sequence(), previous.decisionId(), ChainFault.ALTERED,
					previous.outcomeId());
		}
		return broken(checked, entry, ChainFault.REMOVED);
	}

	private boolean sound(ChainRecord entry) {
		if (entry instanceof LedgerEntry decision) {
			return decision.hashMatches()
					&& json.describes(decision.requestJson(), decision.responsibleAuthority(), decision.asOf());
		}
		return entry.hashMatches();
	}

	private static @Nullable String outcomeId(ChainRecord entry) {
		return entry instanceof OutcomeEntry outcome ? outcome.outcomeId() : null;
	}

	private static ChainReport endsAtHead(LedgerTables.Head head, Link last, long checked) {
		if (last.sequence() == head.lastSequence() && last.hash().equals(head.lastHash())) {
			return ChainReport.intact(checked);
		}
		if (last.sequence() < head.lastSequence()) {
			// the head remembers records after the last one present: they were deleted
			return broken(checked, last.sequence() + 1, null, ChainFault.REMOVED);
		}
		return broken(checked - 1, last.sequence(), last.decisionId(), ChainFault.ALTERED, last.outcomeId());
	}

	private static ChainReport broken(long checked, ChainRecord entry, ChainFault problem) {
		return broken(checked, entry.sequence(), entry.decisionId(), problem, outcomeId(entry));
	}

	private static ChainReport broken(long checked, long sequence, @Nullable String decisionId, ChainFault problem) {
		return broken(checked, sequence, decisionId, problem, null);
	}

	private static ChainReport broken(long checked, long sequence, @Nullable String decisionId, ChainFault problem,
			@Nullable String outcomeId) {
		return new ChainReport(Math.max(checked, 0), false, sequence, decisionId, problem, false, outcomeId);
	}

	/**
	 * The end of the chain walked so far: the genesis, then each sound record in turn.
	 */
	private record Link(long sequence, @Nullable String decisionId, String hash, @Nullable String outcomeId) {

		static final Link GENESIS = new Link(0, null, LedgerEntry.GENESIS_HASH, null);

	}

}
