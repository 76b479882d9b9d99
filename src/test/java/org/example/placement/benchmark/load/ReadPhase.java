package org.example.placement.benchmark.load;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Reading decisions back ({@code reads=} seconds, instead of the standard phases): after
 * the warm-up has recorded some thousands of 1 x 50 decisions, {@code GET} each of them
 * by id, in a shuffled order (a fixed seed), at {@code rate50} a second and then at
 * saturation with {@code connections} clients, each phase {@code reads} seconds; the same
 * columns as the standard phases, and the service's CPU by thread. A read is answered
 * from the log (the record's payload decompressed) and is itself recorded in the access
 * log, so it reads H2's pages and writes a row: the phase for comparing H2's page cache
 * sizes ({@code CACHE_SIZE} in the JDBC URL, given with
 * {@code jvm=-Dspring.datasource.url=...}).
 */
final class ReadPhase {

	private ReadPhase() {
	}

	static void run(ServiceUnderTest service, LoadDriver driver, LoadOptions options) throws Exception {
		List<String> ids = new ArrayList<>(service.decisionIds());
		Collections.shuffle(ids, new Random(12));
		System.out.printf("[load] reads: %,d decisions in the log, read back in a shuffled order; JVM options %s%n",
				ids.size(), options.jvmOptions());
		LoadDriver.Requests reads = gets(service, ids);
		// the read path's code warmed first, as the warm-up did the decisions'
		driver.saturate(reads, options.connections(), options.warmup());
		System.out.println(PhaseResult.HEADER);
		run(service, "read a decision at " + options.rate50() + "/s",
				() -> driver.fixedRate(reads, options.rate50(), options.reads()));
		run(service, "read a decision, " + options.connections() + " conn",
				() -> driver.saturate(reads, options.connections(), options.reads()));
	}

	private static void run(ServiceUnderTest service, String name, Phase phase) throws Exception {
		ServiceUnderTest.Stored before = service.stored();
		long cpu = service.cpuMillis();
		ThreadGroups threads = ThreadGroups.of(service.pid());
		LoadDriver.Recording recording = phase.run();
		ThreadGroups after = ThreadGroups.of(service.pid());
		long cpuAfter = service.cpuMillis();
		PhaseResult result = recording.result(name, service.stored().minus(before), service.rssMegabytes(),
				cpuAfter - cpu);
		System.out.println("[load] " + result.row() + " | " + ExtraPhases.loadAverage());
		System.out.println("[load]   " + ThreadGroups.line(name, after.minus(threads), result.latenciesNanos().length));
	}

	private static LoadDriver.Requests gets(ServiceUnderTest service, List<String> ids) {
		List<HttpRequest> requests = ids.stream()
			.map((id) -> HttpRequest.newBuilder(service.uri("/api/v1/placement-decisions/" + id))
				.header("Authorization", service.authorization())
				.header("Accept", "application/json")
				.timeout(Duration.ofSeconds(60))
				.build())
			.toList();
		return (i) -> requests.get(i % requests.size());
	}

	private interface Phase {

		LoadDriver.Recording run() throws Exception;

	}

}
