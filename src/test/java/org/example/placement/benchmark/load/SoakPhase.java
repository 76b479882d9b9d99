package org.example.placement.benchmark.load;

import java.time.Duration;
import java.util.List;

/**
 * Memory under sustained load (issue 12 item 6): 1 x 50 for {@code soak=} seconds at
 * {@code rate50} (at saturation, {@code connections} clients, when {@code rate50=0}),
 * measured in 30-second slices, each printed with the service's RSS and heap; the heap's
 * largest classes ({@code jcmd GC.class_histogram}, which collects first) at the start
 * and at the end, so anything kept grows between the two.
 */
final class SoakPhase {

	static final Duration SLICE = Duration.ofSeconds(30);

	private SoakPhase() {
	}

	static void run(ServiceUnderTest service, LoadDriver driver, LoadDriver.Requests posts50, LoadOptions options)
			throws Exception {
		String how = options.rate50() > 0 ? "at " + options.rate50() + "/s"
				: "at saturation, " + options.connections() + " clients";
		System.out.printf("[load] soak: 1 x 50 %s for %s, JVM options %s; load %s%n", how, options.soak(),
				options.jvmOptions(), ExtraPhases.loadAverage());
		histogram(service, "start");
		System.out.println(PhaseResult.HEADER + " | heap | load");
		long slices = Math.max(1, options.soak().toSeconds() / SLICE.toSeconds());
		for (long s = 1; s <= slices; s++) {
			ServiceUnderTest.Stored before = service.stored();
			long cpu = service.cpuMillis();
			ThreadGroups threads = ThreadGroups.of(service.pid());
			LoadDriver.Recording recording = options.rate50() > 0 ? driver.fixedRate(posts50, options.rate50(), SLICE)
					: driver.saturate(posts50, options.connections(), SLICE);
			PhaseResult slice = recording.result("soak " + s * SLICE.toSeconds() + " s", service.stored().minus(before),
					service.rssMegabytes(), service.cpuMillis() - cpu);
			System.out.println("[load] " + slice.row() + " | " + heap(service) + " | " + ExtraPhases.loadAverage()
					+ (service.h2() ? " | " + service.h2Fill() : ""));
			System.out.println("[load]   " + ThreadGroups.line(slice.name(),
					ThreadGroups.of(service.pid()).minus(threads), slice.latenciesNanos().length));
		}
		ServiceUnderTest.Stored all = service.stored();
		System.out.printf(
				"[load] soak: the log on disk %,d bytes for %,d decisions: %,d bytes a decision (payload %,d)%n",
				all.onDisk(), all.decisions(), all.onDisk() / Math.max(1, all.decisions()),
				all.payload() / Math.max(1, all.decisions()));
		histogram(service, "end");
		System.out.printf("[load] soak: RSS at the end %d MB, peak %d MB%n", service.rssMegabytes(),
				service.peakRssMegabytes());
	}

	/**
	 * The heap's used and committed sizes, from {@code jcmd GC.heap_info}'s first line.
	 */
	private static String heap(ServiceUnderTest service) throws Exception {
		List<String> info = ExtraPhases.jcmd(service, "GC.heap_info");
		return info.stream()
			.filter((line) -> line.contains("total") && line.contains("used"))
			.findFirst()
			.map(String::trim)
			.orElse("?");
	}

	private static void histogram(ServiceUnderTest service, String when) throws Exception {
		List<String> lines = ExtraPhases.jcmd(service, "GC.class_histogram");
		System.out.println("[load] heap histogram at the " + when + " (after a full collection), largest classes:");
		lines.stream().skip(1).limit(14).forEach((line) -> System.out.println("[load]   " + line));
		lines.stream()
			.filter((line) -> line.startsWith("Total"))
			.forEach((line) -> System.out.println("[load]   " + line));
	}

}
