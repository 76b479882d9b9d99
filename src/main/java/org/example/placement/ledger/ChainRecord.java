package org.example.placement.ledger;

/**
 * A link of the decision log's one hash chain: a decision ({@link LedgerEntry}) or a
 * practitioner's outcome of one ({@link OutcomeEntry}). Both take their sequence from the
 * same head, so the chain runs through the two tables in sequence order, and
 * {@link ChainVerifier} walks them as one.
 */
sealed interface ChainRecord permits LedgerEntry, OutcomeEntry {

	long sequence();

	/** The decision this record is, or is the outcome of. */
	String decisionId();

	String previousHash();

	String recordHash();

	/** Whether the stored fields still give the stored hash. */
	boolean hashMatches();

}
