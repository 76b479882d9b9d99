package org.example.placement.ledger;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * When the H2 file's compaction ({@link H2FileCompaction}) may take its next step: a step
 * holds H2's store lock, then commits, and a decision arriving meanwhile waits for it, so
 * steps wait for a pause in the decisions, unless the file has become sparse.
 *
 * @param writerIdleFor how long the log's writer has had nothing to write
 * ({@link GroupCommit#idleFor})
 */
record CompactionPace(Supplier<Duration> writerIdleFor) {

	/**
	 * A step starts only after the log's writer has had nothing to write for this long,
	 * unless the rewritable chunks are sparse ({@link #URGENT_FILL_RATE}).
	 */
	static final Duration QUIET = Duration.ofMillis(50);

	/**
	 * Below this share live, the rewritable chunks are compacted whether or not decisions
	 * are being written, a step at a time between them: a steady load cannot keep the
	 * file from being compacted for ever.
	 */
	static final int URGENT_FILL_RATE = 70;

	/** For a store with no decision writer to wait for. */
	static final CompactionPace ANY_TIME = new CompactionPace(() -> ChronoUnit.FOREVER.getDuration());

	/**
	 * Whether a step may start now, the rewritable chunks being {@code fillRate}% live.
	 */
	boolean mayStep(int fillRate) {
		return mayStep(fillRate, writerIdleFor.get());
	}

	static boolean mayStep(int fillRate, Duration writerIdleFor) {
		return fillRate < URGENT_FILL_RATE || writerIdleFor.compareTo(QUIET) >= 0;
	}

}
