package org.example.placement.engine;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Watches the rules directory and reloads when its files changed: told by file-system
 * events (every folder under it, new ones as they appear) within {@code settle} of a
 * change, and looking every {@code interval} anyway, a slow poll for where events are not
 * delivered or are lost (network file systems, a directory swapped whole). Either way a
 * look compares the version (a hash of a few dozen small files), so what decides is
 * always what is on disk.
 * <p>
 * A change is taken only once it has settled: when two looks in a row, one settling time
 * apart, find the same files. A change copied in file by file (several files of a
 * release, a {@code git pull}, {@code kubectl cp}), or a directory swapped while a look
 * was reading it, is then never compiled half-way and served under a version that is
 * neither the old one nor the new, as long as the copy pauses less than that between
 * files. A look that finds the serving files again clears a rejection at once. The build
 * and the gate run on the engine's one build thread ({@link RulesetBuilds}), never on a
 * request's.
 */
final class RulesWatcher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RulesWatcher.class);

	private final ScheduledExecutorService scheduler;

	private final DroolsRuleEngine engine;

	private final Duration settle;

	private final @Nullable WatchService events;

	/** The version the previous look found; only the scheduler's one thread uses it. */
	private @Nullable String lastSeen;

	/** The look an event asked for and not yet made; only the scheduler's thread. */
	private @Nullable ScheduledFuture<?> pending;

	/**
	 * Looks by hand only: for tests, which call {@link #look()} as the scheduler would.
	 */
	RulesWatcher(DroolsRuleEngine engine, Duration interval) {
		this(engine, interval, interval);
	}

	/**
	 * Watches (nothing when {@code interval} is zero: a pod whose rules never change).
	 */
	RulesWatcher(DroolsRuleEngine engine, Duration interval, Duration settle) {
		this.engine = engine;
		this.settle = settle;
		this.scheduler = Executors.newSingleThreadScheduledExecutor((r) -> {
			Thread thread = new Thread(r, "rules-watcher");
			thread.setDaemon(true);
			return thread;
		});
		long millis = interval.toMillis();
		this.events = millis > 0 ? watchService(engine.location()) : null;
		if (millis <= 0) {
			return;
		}
		scheduler.scheduleWithFixedDelay(this::safeLook, millis, millis, TimeUnit.MILLISECONDS);
		if (events != null) {
			Thread listener = new Thread(this::listen, "rules-events");
			listener.setDaemon(true);
			listener.start();
		}
	}

	/**
	 * One look: reloads when the files differ from the serving ones and the previous look
	 * found them too; otherwise, when they differ, looks again once they had time to
	 * settle.
	 */
	void look() {
		RuleFiles files = engine.onDisk();
		String seen = files.version();
		boolean settled = seen.equals(lastSeen);
		lastSeen = seen;
		if (settled || seen.equals(engine.current().version())) {
			engine.reloadIfChanged(files, false);
		}
		else if (events != null) {
			lookSoon();
		}
	}

	private void safeLook() {
		try {
			look();
		}
		catch (RuntimeException ex) {
			if (Thread.currentThread().isInterrupted()) {
				// destroy() stopped the watcher while this look waited for a build: not a
				// failure to look, and nothing to report
				return;
			}
			// an unreadable directory must not stop the watcher; the current ruleset
			// serves on
			log.error("Could not look for rule changes: {}", ex.getMessage());
		}
	}

	/** A look one settling time from now, replacing one asked for before (debounce). */
	private void lookSoon() {
		scheduler.execute(() -> {
			if (pending != null) {
				pending.cancel(false);
			}
			pending = scheduler.schedule(this::safeLook, settle.toMillis(), TimeUnit.MILLISECONDS);
		});
	}

	/** The events thread: any change under the directory asks for a look. */
	private void listen() {
		try {
			while (true) {
				WatchKey key = events.take();
				key.pollEvents();
				key.reset();
				register(events, engine.location());
				lookSoon();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ClosedWatchServiceException ex) {
			// the watcher was destroyed
		}
	}

	private static @Nullable WatchService watchService(Path root) {
		try {
			WatchService service = FileSystems.getDefault().newWatchService();
			register(service, root);
			return service;
		}
		catch (IOException | RuntimeException ex) {
			log.warn("No file events for {} ({}); looking for rule changes by polling only", root, ex.getMessage());
			return null;
		}
	}

	/**
	 * Every folder under {@code root}, itself included; a folder already watched is kept.
	 */
	private static void register(WatchService service, Path root) {
		try (Stream<Path> folders = Files.walk(root)) {
			for (Path folder : folders.filter(Files::isDirectory).toList()) {
				folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
						StandardWatchEventKinds.ENTRY_MODIFY);
			}
		}
		catch (IOException ex) {
			// a folder that vanished meanwhile: the next event or poll looks again
		}
	}

	@Override
	public void destroy() {
		scheduler.shutdownNow();
		if (events != null) {
			try {
				events.close();
			}
			catch (IOException ex) {
				// closing anyway
			}
		}
	}

}
