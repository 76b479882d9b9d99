package org.example.placement.benchmark.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The runs of issue 12 items 5 and 6 that replace the standard phases when asked for
 * ({@code reload=}, {@code soak=}, {@code large=}, {@code reads=}): each after the same
 * warm-up, one after the other in one service.
 */
final class ExtraPhases {

	private ExtraPhases() {
	}

	static void run(LoadOptions options, ServiceUnderTest service, LoadDriver driver, PostcodeRequests postcodes)
			throws Exception {
		LoadDriver.Requests posts50 = LoadDriver.posts(service.uri("/api/v1/placement-decisions"),
				service.authorization(), postcodes.bodies(200, 50));
		driver.saturate(LoadDriver.gets(service.uri("/actuator/health")), options.connections(),
				options.warmup().dividedBy(2));
		driver.saturate(posts50, options.connections(), options.warmup());
		System.out.printf("[load] warmed up (%s), RSS %d MB, load average %s%n", options.warmup(),
				service.rssMegabytes(), loadAverage());
		if (options.reload() > 0) {
			new ReloadPhase(service, postcodes.bodies(200, 50)).run(options.reload(), options.rate50(),
					options.phase());
		}
		if (!options.soak().isZero()) {
			SoakPhase.run(service, driver, posts50, options);
		}
		if (!options.reads().isZero()) {
			ReadPhase.run(service, driver, options);
		}
		if (options.large() > 0) {
			LargePhase.run(service, driver, postcodes.bodies(2, options.large()), options.largeClients());
		}
		System.out.printf("[load] done: RSS %d MB, peak RSS %d MB, load average %s%n", service.rssMegabytes(),
				service.peakRssMegabytes(), loadAverage());
	}

	/**
	 * The machine's load averages (1, 5 and 15 minutes), as {@code uptime} prints them.
	 */
	static String loadAverage() throws IOException {
		String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
		return fields[0] + " " + fields[1] + " " + fields[2];
	}

	/** {@code jcmd <pid> <command...>}'s output. */
	static List<String> jcmd(ServiceUnderTest service, String... command) throws Exception {
		List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				Long.toString(service.pid())));
		line.addAll(List.of(command));
		Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
		List<String> output = new String(jcmd.getInputStream().readAllBytes()).lines().toList();
		jcmd.waitFor(60, TimeUnit.SECONDS);
		return output;
	}

}
