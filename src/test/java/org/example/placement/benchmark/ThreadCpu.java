package org.example.placement.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The calling thread's CPU for each of {@code calls} runs of one call: its mean, median
 * and 90th percentile, in nanoseconds (the per-thread CPU benchmarks share it).
 */
public record ThreadCpu(double meanNanos, double p50Nanos, double p90Nanos, int calls) {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** Runs {@code call} {@code calls} times on this thread, timing each run's CPU. */
	public static ThreadCpu of(Supplier<?> call, int calls) {
		double[] nanos = new double[calls];
		for (int i = 0; i < calls; i++) {
			long start = THREADS.getCurrentThreadCpuTime();
			call.get();
			nanos[i] = THREADS.getCurrentThreadCpuTime() - start;
		}
		double mean = Arrays.stream(nanos).average().orElse(0);
		Arrays.sort(nanos);
		return new ThreadCpu(mean, nanos[calls / 2], nanos[(int) (calls * 0.9)], calls);
	}

}
