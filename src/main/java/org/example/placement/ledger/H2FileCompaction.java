package org.example.placement.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import org.example.placement.background.BackgroundThreads;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded H2 log's file in proportion to what it holds, while it is open.
 * <p>
 * H2's store (MVStore) writes each commit as a new chunk and never changes a chunk once
 * written: a chunk is freed, and its space reused, only when none of its pages is live
 * any more. A decision's chunk holds the page of its row, which stays live for ever, and
 * copies of index and tree pages that the next commits replace, so every chunk stays
 * partly live and none is ever freed: the file grew by ~47 KB a decision against ~8.5 KB
 * held. H2 moves the live pages out of such chunks from its background writer, which
 * {@code WRITE_DELAY=0} (each commit on disk before it returns) turns off (h2database
 * issue 442). This does that work instead, on one background thread
 * ({@link BackgroundThreads}: behind the request threads): every {@code interval}, while
 * the chunks old enough to be rewritten are less than {@link #TARGET_FILL_RATE}% live, it
 * rewrites the live pages of the emptiest ones (only those at most
 * {@link #CHUNK_FILL_RATE}% live: {@link H2ChunkRewrite}), {@link #WRITE_PER_STEP} bytes
 * at a time, each step committed as any commit is, and stops after {@link #TIME_PER_RUN}
 * until the next run. A step holds H2's store lock, so a decision committing meanwhile
 * waits for one step, never for the whole run; a step that finds the lock busy gives way
 * ({@link #MISSES_PER_RUN}). Steps wait for a pause in the decisions: one starts only
 * when the log's writer has had nothing to write for {@link CompactionPace#QUIET} (none
 * announced, queued or being written), unless the rewritable chunks have fallen below
 * {@link CompactionPace#URGENT_FILL_RATE}% live, so that a steady load cannot keep the
 * file from being compacted for ever.
 * <p>
 * Durability is untouched: a decision is still on disk before its commit returns; a
 * rewrite moves pages that were already on disk into a new chunk by the same
 * copy-on-write commit (a crash at any point leaves the last complete chunk and all it
 * refers to), and each step is synced to disk before the chunks it emptied can be reused.
 * Only chunks older than H2's retention time ({@code RETENTION_TIME}, 45 s by default,
 * kept) are rewritten, so the newest 45 s of commits stay as written. The retention time
 * is not lowered: at 0, H2 2.4 freed chunks that its own commits were still reading
 * ("Chunk ... not found" in a {@code COMMIT}, whose group was answered {@code 503}, in a
 * 5-minute soak). Only a database this process opened embedded, in a file, is compacted;
 * on PostgreSQL, in memory, or when another process serves the file
 * ({@code AUTO_SERVER}), this does nothing.
 */
final class H2FileCompaction implements AutoCloseable {

	/**
	 * Until the chunks old enough to be rewritten are this live (H2's own background
	 * compaction aims at 81 under load; at 90 a 1 x 50 decision takes at most 10 KB).
	 */
	static final int TARGET_FILL_RATE = 90;

	/**
	 * Only chunks at most this live are rewritten ({@link H2ChunkRewrite}): rewriting one
	 * costs its live bytes and frees the rest, so at 80 at most four bytes are moved per
	 * byte freed (at 95, nineteen), and the chunks the compaction writes, nearly all
	 * live, are not moved again and again as they lose a page now and then.
	 */
	static final int CHUNK_FILL_RATE = 80;

	/**
	 * Live bytes rewritten per step (one hold of the store lock, then its commit): what a
	 * decision arriving during a step may wait for, 19-48 ms at 512 KB, which is why
	 * steps wait for a pause in the decisions ({@link CompactionPace}). 64 KB steps were
	 * tried: each step pays a commit and a sync whatever its size, and the compaction
	 * took 9-16% of the service's CPU under load instead of 1-6%, and most of it at 2
	 * decisions a second (README "The H2 compaction's steps").
	 */
	static final int WRITE_PER_STEP = 512 * 1024;

	/** The longest a run keeps rewriting before it waits for the next. */
	static final Duration TIME_PER_RUN = Duration.ofMillis(500);

	/**
	 * A run stops after this many steps in a row that rewrote nothing, each followed by
	 * {@link #MISS_PAUSE}: H2 gives up a step when its store lock stays busy for 10 ms.
	 */
	static final int MISSES_PER_RUN = 5;

	static final Duration MISS_PAUSE = Duration.ofMillis(5);

	private static final Logger logger = LoggerFactory.getLogger(H2FileCompaction.class);

	private final DataSource dataSource;

	private final Duration interval;

	private final CompactionPace pace;

	private @Nullable ScheduledExecutorService scheduler;

	/** A compaction that never waits for a pause (no writer to wait for). */
	H2FileCompaction(DataSource dataSource, Duration interval) {
		this(dataSource, interval, CompactionPace.ANY_TIME);
	}

	H2FileCompaction(DataSource dataSource, Duration interval, CompactionPace pace) {
		this.dataSource = dataSource;
		this.interval = interval;
		this.pace = pace;
	}

	/**
	 * Starts compacting every {@code interval} if the log is an H2 file this process
	 * opened; says whether it did.
	 */
	boolean start() {
		if (interval.isZero() || interval.isNegative() || !withStore((store) -> true).orElse(false)) {
			return false;
		}
		ScheduledExecutorService executor = Executors
			.newSingleThreadScheduledExecutor(BackgroundThreads.named("h2-file-compaction"));
		executor.scheduleWithFixedDelay(this::runQuietly, interval.toMillis(), interval.toMillis(),
				TimeUnit.MILLISECONDS);
		this.scheduler = executor;
		logger.info("Compacting the embedded H2 decision log's file while it is open, every {}", interval);
		return true;
	}

	/**
	 * One run: rewrites the live pages of the emptiest chunks until those old enough to
	 * be rewritten are {@link #TARGET_FILL_RATE}% live, nothing is left to rewrite, or
	 * {@link #TIME_PER_RUN} has passed.
	 */
	Run compactOnce() {
		return withStore(this::compact).orElse(Run.NOTHING);
	}

	private Run compact(MVStore store) {
		boolean selective = H2ChunkRewrite.available();
		int before = H2ChunkRewrite.rewritableFillRate(store, selective);
		long deadline = System.nanoTime() + TIME_PER_RUN.toNanos();
		int steps = 0;
		long longest = 0;
		int fillRate = before;
		int misses = 0;
		while (fillRate < TARGET_FILL_RATE && System.nanoTime() < deadline && misses < MISSES_PER_RUN) {
			if (!pace.mayStep(fillRate)) {
				// decisions are being written: the next run tries again
				break;
			}
			long start = System.nanoTime();
			Boolean rewritten = H2ChunkRewrite.rewrite(store, selective, CHUNK_FILL_RATE, WRITE_PER_STEP);
			if (Boolean.FALSE.equals(rewritten) && selective) {
				// no chunk is left that pays for its rewrite
				break;
			}
			if (!Boolean.TRUE.equals(rewritten)) {
				// nothing rewritten: the store lock was busy for 10 ms (a commit), or
				// nothing is left to rewrite; let the commits go first
				misses++;
				LockSupport.parkNanos(MISS_PAUSE.toNanos());
				continue;
			}
			misses = 0;
			store.commit();
			longest = Math.max(longest, System.nanoTime() - start);
			// the pages moved are on disk before the chunks they left can be overwritten
			store.sync();
			steps++;
			// one pass over the chunks is what H2 takes to choose them anyway; without
			// the selective rewrite, each check is five passes, so it is made per step
			fillRate = selective ? before : H2ChunkRewrite.rewritableFillRate(store, false);
		}
		return new Run(steps, before, (steps > 0) ? H2ChunkRewrite.rewritableFillRate(store, selective) : before,
				Duration.ofNanos(longest));
	}

	private void runQuietly() {
		try {
			Run run = compactOnce();
			if (run.steps() > 0) {
				logger.debug("H2 file compaction: {} steps (longest {} ms), rewritable chunks {}% -> {}% live",
						run.steps(), run.longestStep().toMillis(), run.fillRateBefore(), run.fillRateAfter());
			}
		}
		catch (RuntimeException ex) {
			// the database may be closing or briefly unavailable; the next run tries
			// again
			logger.debug("H2 file compaction skipped: {}", ex.toString());
		}
	}

	private <T> Optional<T> withStore(StoreWork<T> work) {
		try (Connection connection = dataSource.getConnection()) {
			if (!connection.isWrapperFor(JdbcConnection.class)
					|| !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
				return Optional.empty();
			}
			MVStore store = session.getDatabase().getStore().getMvStore();
			FileStore<?> file = store.getFileStore();
			if (file == null || file.isReadOnly() || store.isClosed()) {
				return Optional.empty();
			}
			return Optional.of(work.on(store));
		}
		catch (SQLException ex) {
			logger.debug("H2 file compaction skipped, no connection: {}", ex.toString());
			return Optional.empty();
		}
	}

	@Override
	public void close() throws InterruptedException {
		ScheduledExecutorService executor = this.scheduler;
		if (executor != null) {
			executor.shutdown();
			executor.awaitTermination(10, TimeUnit.SECONDS);
		}
	}

	/**
	 * What a run did: its steps (each one commit of rewritten pages), how live the
	 * rewritable chunks were before and after, and the longest step (the store lock held
	 * to rewrite, then to commit).
	 */
	record Run(int steps, int fillRateBefore, int fillRateAfter, Duration longestStep) {

		static final Run NOTHING = new Run(0, 100, 100, Duration.ZERO);

	}

	@FunctionalInterface
	private interface StoreWork<T> {

		T on(MVStore store);

	}

}
