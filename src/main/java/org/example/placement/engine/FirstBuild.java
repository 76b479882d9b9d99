package org.example.placement.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jspecify.annotations.Nullable;

/**
 * The service's first ruleset build, on a thread of its own at normal priority (the
 * scenario gate uses every core, as at start-up it always has), so that compiling the
 * rules and running the scenarios overlap the rest of the start (the database and its
 * migrations, the web server, the other beans) instead of preceding it (issue 12 item 4).
 */
final class FirstBuild {

	private FirstBuild() {
	}

	/** Runs {@code build} on a new thread and completes {@code done} with its outcome. */
	static void start(Runnable build, CompletableFuture<@Nullable Void> done) {
		Thread thread = new Thread(() -> {
			try {
				build.run();
				done.complete(null);
			}
			catch (RuntimeException | Error ex) {
				done.completeExceptionally(ex);
			}
		}, "rules-first-build");
		thread.setDaemon(true);
		thread.start();
	}

	/** Waits for {@code done}; rethrows what the build threw. */
	static void await(CompletableFuture<@Nullable Void> done) {
		try {
			done.join();
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
