package org.example.placement.background;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads for the work the service does beside its requests, which the operating system
 * runs behind them: each lowers itself, when it starts, to the nice value
 * {@value #NICE_PROPERTY} (a JVM system property, {@value #DEFAULT_NICE} unless set,
 * 0-19), so that on a busy machine a reload's build and gate, a lean KieBase's copy and
 * the H2 file's compaction take the CPU the request threads leave (issue 12 item 5: the
 * requests in flight during a reload keep their latency), and on an idle one all it has.
 * Java's {@link Thread#MIN_PRIORITY}, which they also have, does nothing on Linux unless
 * the JVM runs with {@code -XX:ThreadPriorityPolicy=1}. Where the nice value cannot be
 * set (not Linux, JNA or its native library not loadable) the thread keeps the Java
 * priority only, said once in the log.
 */
public final class BackgroundThreads {

	/** The system property that sets the nice value of background threads. */
	public static final String NICE_PROPERTY = "placement.background.nice";

	static final int DEFAULT_NICE = 10;

	private static final Logger log = LoggerFactory.getLogger(BackgroundThreads.class);

	private static final AtomicBoolean told = new AtomicBoolean();

	private BackgroundThreads() {
	}

	/**
	 * Daemon threads of this name at {@link Thread#MIN_PRIORITY}, each lowered to the
	 * background nice value before its first task.
	 */
	public static ThreadFactory named(String name) {
		return (task) -> {
			Thread thread = new Thread(() -> {
				lowerCurrentThread();
				task.run();
			}, name);
			thread.setDaemon(true);
			thread.setPriority(Thread.MIN_PRIORITY);
			return thread;
		};
	}

	/**
	 * Lowers the calling thread to the background nice value; says whether it could (the
	 * first time, in the log either way).
	 */
	public static boolean lowerCurrentThread() {
		int nice = nice();
		@Nullable String failure = ThreadNice.set(nice);
		if (told.compareAndSet(false, true)) {
			if (failure == null) {
				log.info("Background threads (ruleset builds, lean KieBases, H2 compaction) run at nice {}", nice);
			}
			else {
				log.info("Background threads keep the Java priority only: their nice value could not be set ({})",
						failure);
			}
		}
		return failure == null;
	}

	/** The nice value background threads are lowered to: {@value #NICE_PROPERTY}. */
	public static int nice() {
		return nice(System.getProperty(NICE_PROPERTY));
	}

	/**
	 * A nice value as configured, within what Linux takes (0-19 lowers a thread); the
	 * default when it is not a number (a background thread must start whatever is set).
	 */
	static int nice(@Nullable String configured) {
		try {
			int nice = (configured == null) ? DEFAULT_NICE : Integer.parseInt(configured.strip());
			return Math.max(0, Math.min(19, nice));
		}
		catch (NumberFormatException ex) {
			return DEFAULT_NICE;
		}
	}

}
