package org.example.placement.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import org.example.placement.background.BackgroundThreads;

/**
 * What share of a core a background thread ({@link BackgroundThreads}) gets against busy
 * request threads, per nice value: as many busy threads as cores at nice 0 (a saturated
 * service), one busy background thread lowered to each nice value given in turn, each for
 * {@code seconds}; prints the background thread's CPU time against the busy threads' mean
 * (thread CPU time, so other processes on the machine count only as less for both). A
 * reload's build under saturation takes its CPU divided by that share. Run:
 * {@code ./mvnw -o -Pbenchmark test-compile exec:exec
 * -Djmh.main=org.example.placement.benchmark.BackgroundShare -Djmh.args="10 0 5 10 15 19"}.
 */
public final class BackgroundShare {

	/** What a request takes of a core: about a 1 x 50 decision's CPU. */
	static final Duration WORK = Duration.ofMillis(5);

	/** 40 requests a second. */
	static final Duration PERIOD = Duration.ofMillis(25);

	private BackgroundShare() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = Integer.parseInt(args[0]);
		int cores = Runtime.getRuntime().availableProcessors();
		for (int i = 1; i < args.length; i++) {
			System.setProperty(BackgroundThreads.NICE_PROPERTY, args[i]);
			share(args[i], seconds, cores);
			latency(args[i], seconds, cores);
		}
	}

	/** As many busy threads as cores and one background thread: its share. */
	private static void share(String nice, int seconds, int cores) throws InterruptedException {
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		AtomicBoolean stop = new AtomicBoolean();
		List<Thread> busy = busy(cores, stop);
		Thread background = BackgroundThreads.named("background").newThread(() -> spin(stop));
		background.start();
		TimeUnit.SECONDS.sleep(seconds);
		long backgroundNanos = cpu.getThreadCpuTime(background.getId());
		long busyNanos = busy.stream().mapToLong((thread) -> cpu.getThreadCpuTime(thread.getId())).sum();
		stop.set(true);
		join(busy, background);
		double mean = busyNanos / (double) cores;
		System.out.printf("nice %s: background %.2f s of CPU in %d s, busy threads %.2f s each: %.1f%% of theirs%n",
				nice, backgroundNanos / 1e9, seconds, mean / 1e9, 100 * backgroundNanos / mean);
	}

	/**
	 * A request thread doing {@link #WORK} of CPU every {@link #PERIOD} (open loop),
	 * beside {@code cores - 1} busy threads (the JIT compiling, say) and one busy
	 * background thread (a reload's build): its latency from when each was due.
	 */
	private static void latency(String nice, int seconds, int cores) throws InterruptedException {
		AtomicBoolean stop = new AtomicBoolean();
		List<Thread> busy = busy(cores - 1, stop);
		Thread background = BackgroundThreads.named("background").newThread(() -> spin(stop));
		background.start();
		List<Long> latencies = new ArrayList<>();
		Thread request = new Thread(() -> requests(seconds, latencies), "request");
		request.start();
		request.join();
		stop.set(true);
		join(busy, background);
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("nice %s: %d requests of %d ms CPU, latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", nice,
				sorted.length, WORK.toMillis(), sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 99 / 100] / 1e6,
				sorted[sorted.length - 1] / 1e6);
	}

	private static void requests(int seconds, List<Long> latencies) {
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		long start = System.nanoTime();
		for (long due = start; due < start + TimeUnit.SECONDS.toNanos(seconds); due += PERIOD.toNanos()) {
			LockSupport.parkNanos(due - System.nanoTime());
			long until = cpu.getCurrentThreadCpuTime() + WORK.toNanos();
			long x = 0;
			while (cpu.getCurrentThreadCpuTime() < until) {
				x += System.nanoTime() % 7;
			}
			latencies.add(System.nanoTime() - due + (x == 42 ? 1 : 0));
		}
	}

	private static List<Thread> busy(int count, AtomicBoolean stop) {
		List<Thread> busy = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			Thread thread = new Thread(() -> spin(stop), "busy-" + n);
			thread.start();
			busy.add(thread);
		}
		return busy;
	}

	private static void join(List<Thread> busy, Thread background) throws InterruptedException {
		background.join();
		for (Thread thread : busy) {
			thread.join();
		}
	}

	private static void spin(AtomicBoolean stop) {
		long x = 0;
		while (!stop.get()) {
			x += System.nanoTime() % 7;
		}
		if (x == 42) {
			System.out.println(x);
		}
	}

}
