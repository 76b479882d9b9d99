package org.example.placement.decision;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The recorded verdicts, asked for before they can be read: the first ruleset is compiled
 * while the database and its migrations are still starting, so the gate asks here and
 * waits until the store is {@link #provide provided}, for at most {@link #WAIT}. A store
 * that is not there by then is treated as {@link GateVerdicts#NONE}: the scenarios run,
 * as they would with no record at all, so a start can be slower here but never wrong, and
 * never waits on itself (nor again: from then on this process records nothing).
 */
public final class DeferredGateVerdicts implements GateVerdicts {

	static final Duration WAIT = Duration.ofSeconds(60);

	private final CompletableFuture<GateVerdicts> store = new CompletableFuture<>();

	private final Duration wait;

	public DeferredGateVerdicts() {
		this(WAIT);
	}

	DeferredGateVerdicts(Duration wait) {
		this.wait = wait;
	}

	/** The store to ask from now on (the first one given wins). */
	public void provide(GateVerdicts verdicts) {
		this.store.complete(verdicts);
	}

	@Override
	public OptionalInt passed(String key) {
		return store().passed(key);
	}

	@Override
	public void recordPassed(String key, String rulesetVersion, int scenariosChecked, String build) {
		store().recordPassed(key, rulesetVersion, scenariosChecked, build);
	}

	private GateVerdicts store() {
		try {
			return this.store.get(this.wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return NONE;
		}
		catch (ExecutionException | TimeoutException ex) {
			// not there in time: none from now on, so nothing waits again
			this.store.complete(NONE);
			return NONE;
		}
	}

}
