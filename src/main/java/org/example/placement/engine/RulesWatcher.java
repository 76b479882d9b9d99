package org.example.placement.engine;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Looks at the rules directory every few seconds and reloads when its files changed.
 * Polling the version (a hash of a few dozen small files) survives editors' atomic
 * renames and new folders, which file-system watch events do not reliably report.
 */
final class RulesWatcher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RulesWatcher.class);

	private final ScheduledExecutorService scheduler;

	RulesWatcher(DroolsRuleEngine engine, Duration interval) {
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
				engine.reloadIfChanged();
			}
			catch (RuntimeException ex) {
				// an unreadable directory must not stop the watcher; the current ruleset
				// serves on
				log.error("Could not look for rule changes: {}", ex.getMessage());
			}
		}, millis, millis, TimeUnit.MILLISECONDS);
	}

	@Override
	public void destroy() {
		scheduler.shutdownNow();
	}

}
