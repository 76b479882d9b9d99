package org.example.placement.benchmark.load;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one phase measured: answers by status, throughput, latency percentiles (from when
 * each request was due, for the fixed-rate phases, so a stalled service is not excused by
 * requests it delayed), response bytes, and what the log grew by per decision.
 */
record PhaseResult(String name, Duration elapsed, long[] latenciesNanos, Map<Integer, Integer> statuses,
		long responseBytes, long missed, ServiceUnderTest.Stored stored, long rssMegabytes, long cpuMillis) {

	static final String HEADER = String.format("%-28s %9s %8s %8s %8s %8s %8s %10s %10s %10s %7s %10s %s", "phase",
			"answers", "per s", "p50 ms", "p99 ms", "p99.9 ms", "max ms", "B/answer", "stored/dec", "payload/dec",
			"RSS MB", "CPU ms/ans", "statuses");

	PhaseResult {
		latenciesNanos = latenciesNanos.clone();
		Arrays.sort(latenciesNanos);
		statuses = new TreeMap<>(statuses);
	}

	int created() {
		return statuses.getOrDefault(201, 0);
	}

	double perSecond() {
		return latenciesNanos.length / (elapsed.toNanos() / 1e9);
	}

	double percentileMillis(double percentile) {
		if (latenciesNanos.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percentile / 100 * latenciesNanos.length) - 1;
		return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
	}

	/** The service's CPU milliseconds per answer in this phase. */
	double cpuPerAnswer() {
		return latenciesNanos.length == 0 ? Double.NaN : (double) cpuMillis / latenciesNanos.length;
	}

	String row() {
		int answered = Math.max(1, created());
		boolean none = stored.decisions() == 0;
		String onDisk = none ? "-" : Long.toString(stored.onDisk() / stored.decisions());
		String payload = none ? "-" : Long.toString(stored.payload() / stored.decisions());
		return String.format("%-28s %9d %8.1f %8.1f %8.1f %8.1f %8.1f %10d %10s %10s %7d %10.2f %s%s", name,
				latenciesNanos.length, perSecond(), percentileMillis(50), percentileMillis(99), percentileMillis(99.9),
				percentileMillis(100), responseBytes / answered, onDisk, payload, rssMegabytes, cpuPerAnswer(),
				statuses, missed == 0 ? "" : " (" + missed + " not sent: too many in flight)");
	}

}
