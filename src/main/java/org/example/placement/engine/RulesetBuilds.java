package org.example.placement.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.example.placement.background.BackgroundThreads;

/**
 * The one thread that compiles and gates candidate rulesets after start-up, whoever asked
 * (the watcher or {@code POST /api/v1/rulesets/reload}): a reload never runs on a request
 * thread and never takes more than one core, so the requests being served keep the other
 * (on 2 cores, half the machine), and two reloads never build at once. The thread (and
 * the gate's scenario thread it starts) runs behind the request threads: at a nice value
 * of its own on Linux ({@link BackgroundThreads}), so it takes the CPU they leave.
 */
final class RulesetBuilds implements AutoCloseable {

	/** At most one thread, started when a build is asked for and ended a minute after. */
	private final ExecutorService thread = new ThreadPoolExecutor(0, 1, 1, TimeUnit.MINUTES,
			new LinkedBlockingQueue<>(), BackgroundThreads.named("rules-build"));

	/** Runs {@code build} on the build thread and waits for its result. */
	<T> T run(Supplier<T> build) {
		Future<T> result = thread.submit(build::get);
		try {
			return result.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for a ruleset build", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	@Override
	public void close() {
		thread.shutdownNow();
	}

}
