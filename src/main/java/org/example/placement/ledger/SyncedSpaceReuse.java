package org.example.placement.ledger;

import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;

/**
 * Lets H2 reuse the space of a chunk of its file only once the commits that emptied it
 * are synced to disk, instead of once the chunk is older than its retention time.
 * <p>
 * H2 (2.4) does not sync its file on a commit, even with {@code WRITE_DELAY=0}: a commit
 * is written to the operating system, which is what a {@code 201} on H2 promises (it
 * survives the service being killed, not a power cut; README "Decision log"). A chunk
 * whose pages have all been replaced is freed, and its space overwritten by the next
 * commits, once it was written more than {@code RETENTION_TIME} ago (45 s by default) and
 * no reader still uses a version that needs it. The 45 s are H2's guess at how long the
 * operating system takes to write its buffers, so that a power cut cannot leave a file
 * whose replacing chunks were lost while the chunk they replaced was already overwritten;
 * they do not order the two (a chunk written long ago may be overwritten a moment after
 * the commit that emptied it), and they keep 45 s of commits in the file, 70-150 MB at 40
 * decisions a second.
 * <p>
 * This orders them instead: it holds a version of the store as in use (as a reader
 * would), so H2 frees no chunk emptied at that version or later; each {@link #advance()}
 * takes the version now current, waits for any commit in progress to be written, syncs
 * the file ({@code fsync}), and only then lets go of the version held before. A chunk's
 * space is thus overwritten only after the commits that emptied it, and the chunk
 * metadata saying so, are on disk, and H2's retention time is set to 0. Crash safety is
 * unchanged for a killed process (the operating system has every write) and better for a
 * power cut (the overwritten space is never one the file on disk still needs); the file
 * holds about one interval between two advances of emptied chunks instead of 45 s.
 */
final class SyncedSpaceReuse implements AutoCloseable {

	private final MVStore store;

	private final int retentionBefore;

	private MVStore.@Nullable TxCounter held;

	private SyncedSpaceReuse(MVStore store) {
		this.store = store;
		this.retentionBefore = store.getRetentionTime();
	}

	/**
	 * Holds the store's version now current, synced, then lets H2 reuse what was emptied
	 * before it: the retention time is lowered to 0 only once the version is held.
	 */
	static SyncedSpaceReuse on(MVStore store) {
		SyncedSpaceReuse reuse = new SyncedSpaceReuse(store);
		reuse.advance();
		store.setRetentionTime(0);
		return reuse;
	}

	/** Whether this holds a version of {@code store}. */
	boolean holds(MVStore store) {
		return this.store == store;
	}

	/**
	 * Moves the version held to the one now current once everything up to it is on disk:
	 * chunks emptied before it may then be reused.
	 */
	synchronized void advance() {
		MVStore.TxCounter current = store.registerVersionUsage();
		try {
			// takes the store lock: a commit in progress, whose version may be the one
			// just taken, is written before this returns
			store.commit();
			store.sync();
		}
		catch (RuntimeException ex) {
			store.deregisterVersionUsage(current);
			throw ex;
		}
		MVStore.TxCounter before = held;
		held = current;
		if (before != null) {
			store.deregisterVersionUsage(before);
		}
	}

	/**
	 * Lets go of the version held and gives the store its retention time back (at
	 * shutdown, before the database closes).
	 */
	@Override
	public synchronized void close() {
		MVStore.TxCounter before = held;
		held = null;
		if (!store.isClosed()) {
			store.setRetentionTime(retentionBefore);
			if (before != null) {
				store.deregisterVersionUsage(before);
			}
		}
	}

}
