package org.example.placement.ledger;

/**
 * Bytes a candidate took in the last log text of one kind ({@link LedgerJson}), so the
 * next one's buffer is sized to fit at once, neither grown nor much too large. Only a
 * hint: threads overwrite each other's. Learnt from texts of {@value #HINTING} candidates
 * or more, where what is written once a decision (its rules) is a small part.
 */
final class TextSizeHint {

	private static final int HINTING = 20;

	private volatile int bytesACandidate;

	TextSizeHint(int bytesACandidate) {
		this.bytesACandidate = bytesACandidate;
	}

	/** A sixteenth more than the last text's bytes a candidate, and 2 KB. */
	int room(int candidates) {
		return (int) Math.min(Integer.MAX_VALUE - 16, 2048 + (long) candidates * bytesACandidate * 17 / 16);
	}

	void learn(int candidates, int bytes) {
		if (candidates >= HINTING) {
			bytesACandidate = bytes / candidates;
		}
	}

}
