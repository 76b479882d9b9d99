package org.example.placement.decision;

/**
 * The result of walking the decision log's hash chain: how many records were checked and, if
 * the chain is broken, the first record at fault and how (ALTERED, REMOVED, REORDERED).
 */
public record ChainReport(long checked, boolean intact, Long firstBadSequence, String firstBadDecisionId,
		String problem) {

	public static ChainReport intact(long checked) {
		return new ChainReport(checked, true, null, null, null);
	}

}
