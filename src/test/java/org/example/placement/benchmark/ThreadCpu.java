package org.example.placement.benchmark;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Supplier;

import com.sun.management.ThreadMXBean;

/**
 * The calling thread's CPU for each of {@code calls} runs of one call: its mean, median
 * and 90th percentile, in nanoseconds, and the bytes the thread allocated per run on
 * average (what the call leaves the garbage collector; -1 where the JVM cannot say). The
 * per-thread CPU benchmarks share it.
 */
public record ThreadCpu(double meanNanos, double p50Nanos, double p90Nanos, int calls, double meanAllocatedBytes) {

	/** HotSpot's, which also counts the bytes a thread allocates. */
	private static final ThreadMXBean THREADS = ManagementFactory.getPlatformMXBean(ThreadMXBean.class);

	/** Runs {@code call} {@code calls} times on this thread, timing each run's CPU. */
	public static ThreadCpu of(Supplier<?> call, int calls) {
		double[] nanos = new double[calls];
		long allocatedBefore = allocated();
		for (int i = 0; i < calls; i++) {
			long start = THREADS.getCurrentThreadCpuTime();
			call.get();
			nanos[i] = THREADS.getCurrentThreadCpuTime() - start;
		}
		long allocatedAfter = allocated();
		double mean = Arrays.stream(nanos).average().orElse(0);
		Arrays.sort(nanos);
		double bytes = allocatedBefore < 0 ? -1 : (double) (allocatedAfter - allocatedBefore) / calls;
		return new ThreadCpu(mean, nanos[calls / 2], nanos[(int) (calls * 0.9)], calls, bytes);
	}

	private static long allocated() {
		return THREADS.isThreadAllocatedMemorySupported()
				? THREADS.getThreadAllocatedBytes(Thread.currentThread().getId()) : -1;
	}

}
