package org.example.placement.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What serves now, which may be set later than it is first asked for: the service's first
 * ruleset is compiled and gated on a thread of its own ({@link #build}, at normal
 * priority: the scenario gate uses every core, as at start-up it always has), so that it
 * overlaps the rest of the start (the database and its migrations, the web layer, the
 * other beans) instead of preceding it (issue 12 item 4). Whoever asks before then waits;
 * if that first build failed, each is given its failure.
 */
final class ServingSlot<T> {

	private final AtomicReference<@Nullable T> value = new AtomicReference<>();

	private final CompletableFuture<@Nullable Void> first = new CompletableFuture<>();

	/** Runs {@code build} on a new thread; what it throws is the slot's failure. */
	void build(Runnable build) {
		Thread thread = new Thread(() -> {
			try {
				build.run();
			}
			catch (RuntimeException | Error ex) {
				first.completeExceptionally(ex);
			}
		}, "rules-first-build");
		thread.setDaemon(true);
		thread.start();
	}

	void set(T serving) {
		value.set(serving);
		first.complete(null);
	}

	/** What serves, waiting for the first; throws what the first build threw. */
	T get() {
		T serving = value.get();
		if (serving != null) {
			return serving;
		}
		awaitFirst();
		return value.get();
	}

	/** Part of what serves now, or null before the first has been set; never waits. */
	<P> @Nullable P now(Function<T, P> part) {
		T serving = value.get();
		return serving == null ? null : part.apply(serving);
	}

	/** Waits until something serves; throws what the first build threw. */
	void awaitFirst() {
		joined(first);
	}

	/**
	 * The future's value, waiting for it; throws what it failed with, not wrapped (the
	 * first build here, the early compile in {@link EarlyCompile}).
	 */
	static <T> T joined(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

}
