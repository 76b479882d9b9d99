package org.example.placement.engine;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Looks at the rules directory every few seconds and reloads when its files changed.
 * Polling the version (a hash of a few dozen small files) survives editors' atomic
 * renames and new folders, which file-system watch events do not reliably report.
 * <p>
 * A change is taken only once it has settled: when two looks in a row, one interval
 * apart, find the same files. A change copied in file by file (several files of a
 * release, a {@code git pull}, {@code kubectl cp}), or a directory swapped while a look
 * was reading it, is then never compiled half-way and served under a version that is
 * neither the old one nor the new, as long as the copy takes less than one interval. A
 * look that finds the serving files again clears a rejection at once.
 */
final class RulesWatcher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RulesWatcher.class);

	private final ScheduledExecutorService scheduler;

	private final DroolsRuleEngine engine;

	/** The version the previous look found; only the scheduler's one thread uses it. */
	private @Nullable String lastSeen;

	RulesWatcher(DroolsRuleEngine engine, Duration interval) {
		this.engine = engine;
		this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "rules-watcher");
			thread.setDaemon(true);
			return thread;
		});
		long millis = interval.toMillis();
		if (millis <= 0) {
			return;
		}
		scheduler.scheduleWithFixedDelay(() -> {
			try {
				look();
			}
			catch (RuntimeException ex) {
				// an unreadable directory must not stop the watcher; the current ruleset
				// serves on
				log.error("Could not look for rule changes: {}", ex.getMessage());
			}
		}, millis, millis, TimeUnit.MILLISECONDS);
	}

	/**
	 * One look: reloads when the files differ from the serving ones and the previous look
	 * found them too.
	 */
	void look() {
		RuleFiles files = engine.onDisk();
		String seen = files.version();
		boolean settled = seen.equals(lastSeen);
		lastSeen = seen;
		if (settled || seen.equals(engine.current().version())) {
			engine.reloadIfChanged(files, false);
		}
	}

	@Override
	public void destroy() {
		scheduler.shutdownNow();
	}

}
