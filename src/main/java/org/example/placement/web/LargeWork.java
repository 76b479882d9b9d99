package org.example.placement.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The permits for large work at once (issue 12 item 6): a request body over
 * {@code placement.api.large-request-bytes} ({@link LargeRequestPermits}), and a recorded
 * decision whose compact answer is over that many bytes read back in the full shape or
 * replayed ({@link DecisionLogController}), each hold one of
 * {@code placement.api.large-requests-at-once} permits while they are served, waited for
 * at most {@code placement.api.large-request-wait}. So a few large ones at once cannot
 * exhaust a heap that the ordinary traffic fits in many times over, and small ones never
 * wait for them.
 */
final class LargeWork {

	private final long largeBytes;

	private final Semaphore permits;

	private final Duration wait;

	LargeWork(long largeBytes, int atOnce, Duration wait) {
		this.largeBytes = largeBytes;
		this.permits = new Semaphore(atOnce, true);
		this.wait = wait;
	}

	/** Whether work of that many bytes (weighed) needs a permit. */
	boolean isLarge(long bytes) {
		return bytes > largeBytes;
	}

	/**
	 * Takes a permit, waiting for one at most the configured time. @throws
	 * TooManyLargeRequestsException when none came
	 */
	void take() {
		boolean taken;
		try {
			taken = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			taken = false;
		}
		if (!taken) {
			throw new TooManyLargeRequestsException(largeBytes);
		}
	}

	void give() {
		permits.release();
	}

	/**
	 * The work's result, holding a permit while it runs when it weighs over the limit.
	 * @throws TooManyLargeRequestsException when it needed a permit and none came
	 */
	<T> T served(long bytes, Supplier<T> work) {
		if (!isLarge(bytes)) {
			return work.get();
		}
		take();
		try {
			return work.get();
		}
		finally {
			give();
		}
	}

}
