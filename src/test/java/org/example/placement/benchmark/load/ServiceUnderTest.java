package org.example.placement.benchmark.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged service as an operator starts it ({@code java -jar}), in a fresh working
 * directory (so a fresh {@code ./data} and an empty embedded log), on a free loopback
 * port, with one API client configured for the run (by its key's SHA-256, as README
 * "Security" says) holding every role and authority.
 */
final class ServiceUnderTest implements AutoCloseable {

	/** A log line's time and the step it marks. */
	private static final Pattern STEP = Pattern.compile("^(\\S+Z) .*?: (Starting PlacementApplication.*"
			+ "|Successfully applied.*|Start creation of KieBase.*|End creation of KieBase.*|Ruleset .* loaded.*|Ruleset .* passed its .*"
			+ "|Tomcat started.*|Started PlacementApplication.*)$");

	/** {@code getconf CLK_TCK} on Linux everywhere this runs. */
	private static final long CLOCK_TICKS_PER_SECOND = 100;

	private final Process process;

	private final Path workDir;

	private final int port;

	private final String key;

	private final Map<String, String> database;

	private final Duration startUp;

	private final Instant started;

	private Counted counted = new Counted(0, 0, 0);

	private ServiceUnderTest(Process process, Path workDir, int port, String key, Map<String, String> database,
			Duration startUp, Instant started) {
		this.process = process;
		this.workDir = workDir;
		this.port = port;
		this.key = key;
		this.database = database;
		this.startUp = startUp;
		this.started = started;
	}

	/** Starts the jar against {@code database} (empty: the embedded H2 default). */
	static ServiceUnderTest start(LoadOptions options, Map<String, String> database) throws Exception {
		Path workDir = Files.createTempDirectory("placement-load-");
		int port = freePort();
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		String key = HexFormat.of().formatHex(secret);
		String client = "--placement.security.clients.load.";
		// a run that changes the rules changes a copy of them
		Path rules = options.reload() > 0 ? copy(Path.of("rules"), workDir.resolve("rules"))
				: Path.of("rules").toAbsolutePath();
		List<String> arguments = List.of("--server.port=" + port, "--server.address=127.0.0.1",
				"--placement.rules.location=" + rules,
				"--placement.scenarios.location=" + Path.of("test-scenarios").toAbsolutePath(),
				client + "key-sha256=" + sha256(key), client + "roles=DECIDE,AUDIT,OPERATE", client + "authorities=*");
		QuickStart.Launch launch = switch (options.start()) {
			case "cds" ->
				QuickStart.prepare(options.java(), options.jar(), workDir.resolve("quick-start"), arguments, database);
			case "aot" -> QuickStart.prepareAot(options.java(), options.jar(), workDir.resolve("quick-start"),
					arguments, database);
			default -> QuickStart.Launch.plain(options.jar());
		};
		List<String> command = new ArrayList<>(List.of(options.java()));
		command.addAll(options.jvmOptions());
		command.addAll(launch.jvmOptions());
		command.add("-jar");
		command.add(launch.jar().toString());
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(workDir.resolve("service.log").toFile());
		builder.environment().putAll(database);
		if (options.restart()) {
			firstStart(builder, port, workDir);
		}
		Instant startedAt = Instant.now();
		long started = System.nanoTime();
		Process process = builder.start();
		awaitReady(process, port, workDir);
		return new ServiceUnderTest(process, workDir, port, key, database,
				Duration.ofNanos(System.nanoTime() - started), startedAt);
	}

	/**
	 * Starts the service once and stops it, leaving its {@code ./data} (and the gate's
	 * recorded pass) for the start to be measured: a restart.
	 */
	private static void firstStart(ProcessBuilder builder, int port, Path workDir) throws Exception {
		long started = System.nanoTime();
		Process first = builder.start();
		awaitReady(first, port, workDir);
		System.out.printf("[load] first start to ready: %.1f s (its restart is measured)%n",
				(System.nanoTime() - started) / 1e9);
		first.destroy();
		first.waitFor(60, TimeUnit.SECONDS);
		Files.move(workDir.resolve("service.log"), workDir.resolve("first-start.log"));
	}

	/**
	 * The rules directory the service reads (a copy of the project's for a reload run).
	 */
	Path rules() throws IOException {
		Path copy = workDir.resolve("rules");
		return Files.isDirectory(copy) ? copy : Path.of("rules").toAbsolutePath();
	}

	/** The service's own output (its log). */
	Path log() {
		return workDir.resolve("service.log");
	}

	boolean alive() {
		return process.isAlive();
	}

	long pid() {
		return process.pid();
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	String authorization() {
		return "Bearer " + key;
	}

	/** From {@code java -jar} to the first {@code 200} from the readiness probe. */
	Duration startUp() {
		return startUp;
	}

	/**
	 * Where the start-up went: the service's own log lines that mark its steps, each with
	 * the seconds since {@code java -jar}.
	 */
	List<String> startUpSteps() throws IOException {
		List<String> steps = new ArrayList<>();
		for (String line : Files.readAllLines(workDir.resolve("service.log"))) {
			Matcher step = STEP.matcher(line);
			if (step.find()) {
				double seconds = Duration.between(started, Instant.parse(step.group(1))).toMillis() / 1000.0;
				steps.add(String.format("%6.1f s  %s", seconds, step.group(2)));
			}
		}
		return steps;
	}

	/**
	 * The CPU time the service process has used so far (user and system, all its threads,
	 * from {@code /proc/<pid>/stat}), in milliseconds: what a phase cost the service
	 * itself, whatever else ran on the machine meanwhile.
	 */
	long cpuMillis() throws IOException {
		String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
		// the fields after the command name, which is in parentheses and may hold spaces
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
	}

	/** The service process's resident set (VmRSS), in MB. */
	long rssMegabytes() throws IOException {
		return status("VmRSS:");
	}

	/** The service process's largest resident set so far (VmHWM), in MB. */
	long peakRssMegabytes() throws IOException {
		return status("VmHWM:");
	}

	private long status(String field) throws IOException {
		return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))
			.stream()
			.filter((line) -> line.startsWith(field))
			.map((line) -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
			.findFirst()
			.orElse(-1L);
	}

	/**
	 * What the log takes: on disk (the H2 files under {@code ./data}, coarse, as H2
	 * allocates its file in pages and keeps old page versions a while; or the PostgreSQL
	 * tables' {@code pg_total_relation_size}: heap, TOAST and indexes), and exactly, the
	 * decisions' {@code payload} bytes and count.
	 */
	Stored stored() throws IOException, SQLException {
		try (Connection connection = connect()) {
			long onDisk;
			if (database.isEmpty()) {
				try (Stream<Path> files = Files.list(workDir.resolve("data"))) {
					onDisk = files.filter((file) -> file.getFileName().toString().startsWith("placement-ledger"))
						.mapToLong((file) -> file.toFile().length())
						.sum();
				}
			}
			else {
				onDisk = single(connection,
						"SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c "
								+ "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
								+ "AND c.relkind = 'r'");
			}
			counted = counted.and(connection);
			return new Stored(onDisk, counted.payload(), counted.decisions());
		}
	}

	/**
	 * The decisions' payload bytes and count up to a sequence, each decision read once:
	 * summing every payload at every phase read the whole log twice between phases, a
	 * scan that ran inside the service just before each phase began (and, after it,
	 * inside the phase's CPU window).
	 */
	private record Counted(long lastSequence, long payload, long decisions) {

		Counted and(Connection connection) throws SQLException {
			try (PreparedStatement since = connection.prepareStatement(
					"SELECT COALESCE(SUM(OCTET_LENGTH(payload)), 0), COUNT(*), COALESCE(MAX(sequence), ?) "
							+ "FROM decision_record WHERE sequence > ?")) {
				since.setLong(1, lastSequence);
				since.setLong(2, lastSequence);
				try (ResultSet result = since.executeQuery()) {
					result.next();
					return new Counted(result.getLong(3), payload + result.getLong(1), decisions + result.getLong(2));
				}
			}
		}

	}

	/** Every decision's id in the log, oldest first. */
	List<String> decisionIds() throws SQLException {
		List<String> ids = new ArrayList<>();
		try (Connection connection = connect();
				ResultSet result = connection.createStatement()
					.executeQuery("SELECT decision_id FROM decision_record ORDER BY sequence")) {
			while (result.next()) {
				ids.add(result.getString(1));
			}
		}
		return ids;
	}

	/**
	 * H2 only, after {@link #stop()}: the log's file compacted
	 * ({@code SHUTDOWN COMPACT}), in bytes, so what a decision takes beyond its payload
	 * can be read from it.
	 */
	long compactedH2Bytes() throws SQLException, IOException {
		try (Connection connection = connect()) {
			connection.createStatement().execute("SHUTDOWN COMPACT");
		}
		try (Stream<Path> files = Files.list(workDir.resolve("data"))) {
			return files.filter((file) -> file.getFileName().toString().startsWith("placement-ledger"))
				.mapToLong((file) -> file.toFile().length())
				.sum();
		}
	}

	boolean h2() {
		return database.isEmpty();
	}

	/**
	 * H2 only: how full its file is (blocks in use, live bytes in its chunks, and in the
	 * chunks old enough to be rewritten), from {@code INFORMATION_SCHEMA.SETTINGS}.
	 */
	String h2Fill() throws SQLException {
		Map<String, String> info = new TreeMap<>();
		try (Connection connection = connect();
				ResultSet result = connection.createStatement()
					.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
							+ " WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE', 'info.CHUNKS_FILL_RATE_RW',"
							+ " 'info.CHUNK_COUNT')")) {
			while (result.next()) {
				info.put(result.getString(1).substring("info.".length()), result.getString(2));
			}
		}
		return "h2 fill " + info.get("FILL_RATE") + "%, chunks " + info.get("CHUNKS_FILL_RATE") + "% (rewritable "
				+ info.get("CHUNKS_FILL_RATE_RW") + "%), " + info.get("CHUNK_COUNT") + " chunks";
	}

	/** Stops the service, leaving its working directory. */
	void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private Connection connect() throws SQLException {
		if (database.isEmpty()) {
			// AUTO_SERVER, as the service opens it: through the service while it runs
			return DriverManager.getConnection(
					"jdbc:h2:file:" + workDir.resolve("data/placement-ledger") + ";AUTO_SERVER=TRUE", "sa", "");
		}
		return DriverManager.getConnection(database.get("SPRING_DATASOURCE_URL"),
				database.get("SPRING_DATASOURCE_USERNAME"), database.get("SPRING_DATASOURCE_PASSWORD"));
	}

	private static long single(Connection connection, String sql) throws SQLException {
		try (ResultSet result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	/** The log's size on disk, its payload bytes and its decisions. */
	record Stored(long onDisk, long payload, long decisions) {

		Stored minus(Stored before) {
			return new Stored(onDisk - before.onDisk, payload - before.payload, decisions - before.decisions);
		}

	}

	/** Stops the service and deletes its working directory (its log with it). */
	@Override
	public void close() throws InterruptedException, IOException {
		stop();
		try (Stream<Path> files = Files.walk(workDir)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	static void awaitReady(Process process, int port, Path workDir) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest readiness = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
			.build();
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the service exited; see " + workDir.resolve("service.log"));
			}
			try {
				if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(50);
		}
		process.destroyForcibly();
		throw new IllegalStateException("not ready within 5 minutes; see " + workDir.resolve("service.log"));
	}

	private static String sha256(String key) throws NoSuchAlgorithmException {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII)));
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		return to.toAbsolutePath();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
