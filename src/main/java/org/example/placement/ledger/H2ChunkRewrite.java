package org.example.placement.ledger;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;

/**
 * H2's own rewrite of its file's chunks, as {@code MVStore.compact} runs it, but choosing
 * only chunks that are at most a given share live, and H2's own count of how live the
 * rewritable chunks are, without the rest of its statistics.
 * <p>
 * {@code MVStore.compact(targetFillRate, write)} (H2 2.4) rewrites the live pages of
 * whichever chunks old enough to rewrite are not wholly live, in the order of H2's
 * priority (how live a chunk is, divided by its age in versions): under a steady load it
 * moves old chunks that are 95-99% live, rewriting every byte of them to free a few, and
 * moves the same pages again each time their chunk loses a page. H2's own background
 * writer calls the same method with a limit instead ({@code FileStore.rewriteChunks},
 * only chunks at most that live), but it offers that only to itself (protected), and its
 * count of the rewritable chunks' fill rate only to its own package; the statistics the
 * public {@code MVStore.populateInfo} gives cost five passes over every chunk (and number
 * formatting), which was two thirds of the compaction thread's CPU. Both are reached here
 * by reflection, under the store lock exactly as {@code compact} takes it
 * ({@code tryExecuteUnderStoreLock}: 10 ms at most, then it gives way). When this H2 does
 * not have them (another version), {@link #available()} is false and the caller falls
 * back to the public methods.
 */
final class H2ChunkRewrite {

	/**
	 * Without the selective rewrite, compact while less than this share of the bytes in
	 * the file's chunks is live (H2's own background compaction starts at 90).
	 */
	static final int FILE_FILL_RATE = 95;

	private static final @Nullable Method UNDER_STORE_LOCK = method(MVStore.class, "tryExecuteUnderStoreLock",
			Callable.class);

	private static final @Nullable Method REWRITE_CHUNKS = method(FileStore.class, "rewriteChunks", int.class,
			int.class);

	private static final @Nullable Method REWRITABLE_FILL_RATE = method(FileStore.class, "getRewritableChunksFillRate");

	private static final @Nullable Method HAS_PERSISTENT_DATA = method(FileStore.class, "hasPersistentData");

	private H2ChunkRewrite() {
	}

	/**
	 * One compaction step's rewrite, uncommitted: the chunks at most {@code maxFillRate}%
	 * live when this H2 lets them be chosen ({@code selective}), otherwise H2's own
	 * choice while the file is under {@link #FILE_FILL_RATE}% live; null when H2's store
	 * lock stayed busy.
	 */
	static @Nullable Boolean rewrite(MVStore store, boolean selective, int maxFillRate, int write) {
		return selective ? rewrite(store, maxFillRate, write) : Boolean.valueOf(store.compact(FILE_FILL_RATE, write));
	}

	/**
	 * How live, in percent, the chunks are that H2 could rewrite now (written before its
	 * retention time, and not wholly live): by H2's own count when {@code selective},
	 * otherwise from its public statistics (five passes over the chunks).
	 */
	static int rewritableFillRate(MVStore store, boolean selective) {
		if (selective) {
			return rewritableFillRate(store);
		}
		Map<String, String> info = new HashMap<>();
		store.populateInfo(info::put);
		return Integer.parseInt(info.getOrDefault("info.CHUNKS_FILL_RATE_RW", "100"));
	}

	/** Whether this H2 has the methods used here. */
	static boolean available() {
		return UNDER_STORE_LOCK != null && REWRITE_CHUNKS != null && REWRITABLE_FILL_RATE != null
				&& HAS_PERSISTENT_DATA != null;
	}

	/**
	 * Rewrites the live pages of chunks at most {@code maxFillRate}% live (and old enough
	 * to rewrite), at least {@code write} bytes of them if there are so many, emptiest
	 * and oldest first, uncommitted: true if it rewrote any, false if none qualified,
	 * null if H2's store lock stayed busy for 10 ms (a commit).
	 */
	static @Nullable Boolean rewrite(MVStore store, int maxFillRate, int write) {
		FileStore<?> file = store.getFileStore();
		if (!Boolean.TRUE.equals(invoke(HAS_PERSISTENT_DATA, file))) {
			return false;
		}
		Callable<Boolean> rewrite = () -> Boolean.TRUE.equals(invoke(REWRITE_CHUNKS, file, write, maxFillRate));
		return (Boolean) invoke(UNDER_STORE_LOCK, store, rewrite);
	}

	/**
	 * How live, in percent, the chunks are that H2 could rewrite now (written before its
	 * retention time, and not wholly live): one pass over the chunks.
	 */
	static int rewritableFillRate(MVStore store) {
		return (Integer) invoke(REWRITABLE_FILL_RATE, store.getFileStore());
	}

	private static @Nullable Object invoke(@Nullable Method method, Object target, Object... args) {
		if (method == null) {
			throw new IllegalStateException("this H2 cannot rewrite chunks selectively");
		}
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			// H2's own exception, as its own compact would have thrown it
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static @Nullable Method method(Class<?> type, String name, Class<?>... parameters) {
		try {
			Method method = type.getDeclaredMethod(name, parameters);
			method.setAccessible(true);
			return method;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

}
