package org.example.placement.benchmark.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service's garbage-collection pauses so far, as {@code jstat -gc <pid>} counts them:
 * young and mixed collections, the pauses of concurrent cycles (G1's remark and cleanup)
 * and full collections, with their total time. Two readings, one before a phase and one
 * after, say how often and how long the service stopped for its collector meanwhile: the
 * figure beside a latency tail (README "Measured end to end", the 1 x 1,000 tail).
 */
record GcPauses(long young, long concurrent, long full, double seconds) {

	static final GcPauses NONE = new GcPauses(0, 0, 0, 0);

	/** The service's pauses so far, or {@link #NONE} when {@code jstat} cannot say. */
	static GcPauses of(long pid) {
		try {
			Path jdk = Path.of(System.getProperty("java.home"), "bin", "jstat");
			Process jstat = new ProcessBuilder(Files.isExecutable(jdk) ? jdk.toString() : "jstat", "-gc",
					Long.toString(pid))
				.redirectErrorStream(true)
				.start();
			List<String> lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
				.toList();
			if (!jstat.waitFor(10, TimeUnit.SECONDS) || lines.size() < 2) {
				return NONE;
			}
			List<String> names = List.of(lines.get(0).trim().split("\\s+"));
			String[] values = lines.get(1).trim().split("\\s+");
			return new GcPauses(Long.parseLong(values[names.indexOf("YGC")]),
					Long.parseLong(values[names.indexOf("CGC")]), Long.parseLong(values[names.indexOf("FGC")]),
					Double.parseDouble(values[names.indexOf("GCT")]));
		}
		catch (IOException | RuntimeException ex) {
			return NONE;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return NONE;
		}
	}

	GcPauses minus(GcPauses before) {
		return new GcPauses(young - before.young, concurrent - before.concurrent, full - before.full,
				seconds - before.seconds);
	}

	/** One line for a phase of {@code answers} answers. */
	String line(String phase, int answers) {
		return String.format(
				"GC pauses in %s: %d young/mixed, %d remark/cleanup (two a concurrent cycle), %d full; %.0f ms, %.1f ms an answer",
				phase, young, concurrent, full, seconds * 1000, seconds * 1000 / Math.max(1, answers));
	}

}
