package org.example.placement.ledger;

import org.jspecify.annotations.Nullable;

/**
 * The result of walking the decision log's hash chain: how many records were checked and,
 * if the chain is broken, the first record at fault and how ({@link ChainFault}).
 * {@code tailWitnessed}: an intact chain's end was also checked against the record the
 * service last saw committed, so a lost tail would have been found. When the record at
 * fault is a practitioner's outcome, {@code firstBadOutcomeId} names it and
 * {@code firstBadDecisionId} the decision it is the outcome of.
 */
public record ChainReport(long checked, boolean intact, @Nullable Long firstBadSequence,
		@Nullable String firstBadDecisionId, @Nullable ChainFault problem, boolean tailWitnessed,
		@Nullable String firstBadOutcomeId) {

	public ChainReport(long checked, boolean intact, @Nullable Long firstBadSequence,
			@Nullable String firstBadDecisionId, @Nullable ChainFault problem, boolean tailWitnessed) {
		this(checked, intact, firstBadSequence, firstBadDecisionId, problem, tailWitnessed, null);
	}

	public ChainReport(long checked, boolean intact, @Nullable Long firstBadSequence,
			@Nullable String firstBadDecisionId, @Nullable ChainFault problem) {
		this(checked, intact, firstBadSequence, firstBadDecisionId, problem, false);
	}

	public static ChainReport intact(long checked) {
		return intact(checked, false);
	}

	public static ChainReport intact(long checked, boolean tailWitnessed) {
		return new ChainReport(checked, true, null, null, null, tailWitnessed);
	}

}
