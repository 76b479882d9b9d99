package org.example.placement.ledger;

/**
 * How the decision log's hash chain is broken at its first record at fault
 * ({@link ChainVerifier} says when each is found).
 */
public enum ChainFault {

	/** A record's fields no longer give its stored hash, or were rewritten with it. */
	ALTERED,

	/**
	 * Records are missing: a gap in the sequence, or after the last one the head names.
	 */
	REMOVED,

	/** A record's sequence was changed: it links to a record elsewhere in the log. */
	REORDERED,

	/** The log lost its tail: a record the chain witness saw committed is gone. */
	TRUNCATED

}
