package org.example.placement.benchmark.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The end-to-end load benchmark (issue 12; not a test, never part of {@code verify}):
 * starts the packaged service ({@code java -jar}) with a fresh log, measures the rate of
 * {@code GET /actuator/health} as a floor, warms up, then drives 1 child x 50 and x 1,000
 * candidates made from real postcodes at a fixed rate and at saturation, and prints
 * throughput, latency percentiles, bytes per answer, bytes stored per decision, the
 * service's RSS and its start-up time. Run from the project root (see README "Measured"):
 * {@code ./mvnw -o -Pload-benchmark -DskipTests package exec:exec [-Dload.args="store=postgres"]}.
 */
public final class LoadBenchmark {

	private LoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		LoadOptions options = LoadOptions.parse(args);
		if (options.postgres() && options.postgresUrl().isBlank()) {
			try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
				run(options, database(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"));
			}
		}
		else if (options.postgres()) {
			run(options, database(options.postgresUrl(), options.postgresUser(), options.postgresPassword()));
		}
		else {
			run(options, Map.of());
		}
		System.exit(0);
	}

	private static Map<String, String> database(String url, String user, String password) {
		return Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", user, "SPRING_DATASOURCE_PASSWORD",
				password);
	}

	private static void run(LoadOptions options, Map<String, String> database) throws Exception {
		PostcodeRequests postcodes = PostcodeRequests.shipped();
		List<String> fifty = postcodes.bodies(200, 50);
		List<String> thousand = postcodes.bodies(20, 1000);
		System.out.printf("[load] %s (start %s), store %s, %d cores, JVM options %s, warm when the JIT < %.0f%%%n",
				options.jar().getFileName(), options.start(), options.store(),
				Runtime.getRuntime().availableProcessors(), options.jvmOptions(), options.steady());
		try (ServiceUnderTest service = ServiceUnderTest.start(options, database);
				LoadDriver driver = new LoadDriver()) {
			System.out.printf("[load] start-up to ready: %.1f s, CPU %.1f s, RSS %d MB%n",
					service.startUp().toMillis() / 1000.0, service.cpuMillis() / 1000.0, service.rssMegabytes());
			service.startUpSteps().forEach((step) -> System.out.println("[load]   " + step));
			if (options.extra()) {
				ExtraPhases.run(options, service, driver, postcodes);
				return;
			}
			Phases phases = new Phases(service, driver, options.steady() / 100,
					SlowAnswers.logFile(options.jvmOptions()));
			LoadDriver.Requests health = LoadDriver.gets(service.uri("/actuator/health"));
			LoadDriver.Requests posts50 = LoadDriver.posts(service.uri("/api/v1/placement-decisions"),
					service.authorization(), fifty);
			LoadDriver.Requests posts1000 = LoadDriver.posts(service.uri("/api/v1/placement-decisions"),
					service.authorization(), thousand);
			Duration phase = options.phase();
			int connections = options.connections();
			phases.saturate("warm-up: health", health, connections, options.warmup().dividedBy(2));
			phases.warm("warm-up: 1 x 50", posts50, connections, options.warmup(), Duration.ofMinutes(5));
			phases.warm("warm-up: 1 x 1,000", posts1000, 2, options.warmup().dividedBy(4), Duration.ofMinutes(2));
			phases.warm("warm-up: health, again", health, connections, options.warmup().dividedBy(2),
					Duration.ofMinutes(2));
			PhaseResult floor = phases.saturate("health (floor)", health, connections, phase.dividedBy(2));
			phases.fixedRate("1 x 50 at " + options.rate50() + "/s", posts50, options.rate50(), phase);
			PhaseResult saturated50 = phases.saturate("1 x 50, " + connections + " conn", posts50, connections, phase);
			phases.fixedRate("1 x 1,000 at " + options.rate1000() + "/s", posts1000, options.rate1000(), phase);
			PhaseResult saturated1000 = phases.saturate("1 x 1,000, 2 conn", posts1000, 2, phase);
			PhaseResult again = phases.saturate("health (floor, again)", health, connections, phase.dividedBy(2));
			phases.print();
			double higher = Math.max(floor.perSecond(), again.perSecond());
			System.out.printf(
					"[load] 1 x 50 at saturation: %.1f%% of the health rate (the higher of the two floors, %.0f/s; "
							+ "%.1f%% of the first, %.1f%% of the second); 1 x 1,000: %.2f%%; "
							+ "start-up to ready %.1f s; RSS at the end %d MB%n",
					100 * saturated50.perSecond() / higher, higher, 100 * saturated50.perSecond() / floor.perSecond(),
					100 * saturated50.perSecond() / again.perSecond(), 100 * saturated1000.perSecond() / higher,
					service.startUp().toMillis() / 1000.0, service.rssMegabytes());
			double healthCpu = Math.min(floor.cpuPerAnswer(), again.cpuPerAnswer());
			System.out
				.printf("[load] by the service's own CPU (the same ratio, were the service alone on the machine and "
						+ "CPU-bound): 1 x 50 %.1f%% of health (%.2f ms against %.3f ms an answer); 1 x 1,000 %.2f%%%n",
						100 * healthCpu / saturated50.cpuPerAnswer(), saturated50.cpuPerAnswer(), healthCpu,
						100 * healthCpu / saturated1000.cpuPerAnswer());
			compacted(service);
		}
	}

	/**
	 * H2's file grows by pages and keeps old versions a while, so its growth per decision
	 * is coarse: after the run, the file compacted, less the payloads, is what the rows'
	 * other columns, the indexes, the archived ruleset and the schema take.
	 */
	private static void compacted(ServiceUnderTest service) throws Exception {
		if (!service.h2()) {
			return;
		}
		ServiceUnderTest.Stored total = service.stored();
		service.stop();
		long compacted = service.compactedH2Bytes();
		System.out.printf(
				"[load] H2 compacted after the run: %d bytes for %d decisions (%d payload bytes): "
						+ "%d bytes a decision beyond its payload, at most%n",
				compacted, total.decisions(), total.payload(), (compacted - total.payload()) / total.decisions());
	}

	/** The phases of one run, each measured the same way, printed as one table. */
	private static final class Phases {

		private final ServiceUnderTest service;

		private final LoadDriver driver;

		private final List<PhaseResult> results = new ArrayList<>();

		/** The service's collector's pauses in each phase ({@link GcPauses}). */
		private final List<String> gcPauses = new ArrayList<>();

		/** The service's CPU by kind of thread in each phase ({@link ThreadGroups}). */
		private final List<String> threads = new ArrayList<>();

		/**
		 * The JIT's share of the service's CPU under which the service counts as warm.
		 */
		private final double steady;

		private double lastJitShare;

		/**
		 * The service's safepoint log, when its options write one ({@link SlowAnswers}).
		 */
		private final Optional<Path> safepoints;

		/** What each measured phase's slowest answers met ({@link SlowAnswers}). */
		private final List<String> slowest = new ArrayList<>();

		Phases(ServiceUnderTest service, LoadDriver driver, double steady, Optional<Path> safepoints) {
			this.service = service;
			this.driver = driver;
			this.steady = steady;
			this.safepoints = safepoints;
		}

		/**
		 * Saturates for {@code first}, then in 10-second windows for at most {@code most}
		 * more until the JIT compilers take less than the steady share of the service's
		 * CPU in a window: methods run once a request reach the C2 compiler's thresholds
		 * only after some 15,000 requests, so a short warm-up leaves it compiling through
		 * the measured phases (a quarter of the service's CPU 40-90 s into a 1 x 50 run).
		 */
		void warm(String name, LoadDriver.Requests requests, int connections, Duration first, Duration most)
				throws Exception {
			saturate(name, requests, connections, first);
			Duration window = Duration.ofSeconds(10);
			for (Duration more = Duration.ZERO; steady > 0 && lastJitShare >= steady
					&& more.compareTo(most) < 0; more = more.plus(window)) {
				saturate(String.format("%s, until JIT < %.0f%%", name, 100 * steady), requests, connections, window);
			}
		}

		PhaseResult saturate(String name, LoadDriver.Requests requests, int connections, Duration duration)
				throws Exception {
			return measure(name, () -> driver.saturate(requests, connections, duration));
		}

		PhaseResult fixedRate(String name, LoadDriver.Requests requests, int perSecond, Duration duration)
				throws Exception {
			return measure(name, () -> driver.fixedRate(requests, perSecond, duration));
		}

		/**
		 * The phase's CPU, threads and pauses are read as the driver stops, before the
		 * log's size is counted (a query the service answers).
		 */
		private PhaseResult measure(String name, Drive drive) throws Exception {
			ServiceUnderTest.Stored before = service.stored();
			long cpu = service.cpuMillis();
			GcPauses gc = GcPauses.of(service.pid());
			ThreadGroups byThread = ThreadGroups.of(service.pid());
			LoadDriver.Recording recording = drive.run();
			long used = service.cpuMillis() - cpu;
			Map<String, Double> threads = ThreadGroups.of(service.pid()).minus(byThread);
			GcPauses paused = GcPauses.of(service.pid()).minus(gc);
			slowest(name, recording);
			return keep(recording.result(name, service.stored().minus(before), service.rssMegabytes(), used), paused,
					threads);
		}

		private PhaseResult keep(PhaseResult result, GcPauses paused, Map<String, Double> byThread) {
			lastJitShare = ThreadGroups.jitShare(byThread);
			results.add(result);
			System.out.println("[load] " + result.row());
			gcPauses.add(paused.line(result.name(), result.latenciesNanos().length));
			threads.add(ThreadGroups.line(result.name(), byThread, result.latenciesNanos().length));
			return result;
		}

		/** One phase's load. */
		@FunctionalInterface
		private interface Drive {

			LoadDriver.Recording run() throws Exception;

		}

		/**
		 * The decision phases' slowest answers beside the service's stops, when logged.
		 */
		private void slowest(String name, LoadDriver.Recording recording) throws IOException {
			if (safepoints.isPresent() && name.startsWith("1 x")) {
				slowest.addAll(SlowAnswers.lines(name, recording.windows(), SlowAnswers.stops(safepoints.get())));
			}
		}

		void print() {
			System.out.println();
			System.out.println(PhaseResult.HEADER);
			results.forEach((result) -> System.out.println(result.row()));
			System.out.println();
			gcPauses.forEach((line) -> System.out.println("[load] " + line));
			System.out.println();
			threads.forEach((line) -> System.out.println("[load] " + line));
			if (!slowest.isEmpty()) {
				System.out.println();
				slowest.forEach((line) -> System.out.println("[load] " + line));
			}
		}

	}

}
