package org.example.placement.journey;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * Waiting for a running service, with Awaitility: for a condition that may never come,
 * where the journey goes on either way and its assertions say what went wrong.
 */
final class Waiting {

	private Waiting() {
	}

	/** Waits until {@code condition} holds or {@code limit} passes; whether it holds. */
	static boolean upTo(Duration limit, Duration poll, Callable<Boolean> condition) {
		try {
			await().atMost(limit).pollDelay(Duration.ZERO).pollInterval(poll).until(condition);
			return true;
		}
		catch (ConditionTimeoutException ex) {
			return false;
		}
	}

}
