package org.example.placement.journey;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.example.placement.PlacementApplication;

/**
 * The service as an operator runs it: its own JVM, started in a working directory of its
 * own (so {@code ./data} is that directory's, as in production), with the product's
 * classpath and none of the tests' configuration. It can be killed with SIGKILL, as a
 * crash would, and the commands ({@code ledger verify}) can be run beside it the same
 * way.
 */
final class ServiceProcess implements AutoCloseable {

	/**
	 * Generous: a cold start takes some 20 s alone, but minutes on a shared 2-core
	 * machine starting two replicas at once.
	 */
	private static final Duration READY_WITHIN = Duration.ofMinutes(5);

	private static final Duration COMMAND_WITHIN = Duration.ofMinutes(6);

	private final Process process;

	private final int port;

	private final Path log;

	private final Path workDir;

	private ServiceProcess(Process process, int port, Path log, Path workDir) {
		this.process = process;
		this.port = port;
		this.log = log;
		this.workDir = workDir;
	}

	/**
	 * Starts the service in {@code workDir} with the shipped rules, these environment
	 * variables ({@code SPRING_DATASOURCE_URL}, say) and extra arguments; waits until it
	 * answers.
	 */
	static ServiceProcess start(Path workDir, Map<String, String> environment, String... arguments)
			throws IOException, InterruptedException {
		return start(workDir, Path.of("rules"), Duration.ZERO, environment, arguments);
	}

	/**
	 * As above, with the rules in {@code rules} (a copy policy staff may edit) watched
	 * every {@code watchInterval} ({@link Duration#ZERO}: not watched).
	 */
	static ServiceProcess start(Path workDir, Path rules, Duration watchInterval, Map<String, String> environment,
			String... arguments) throws IOException, InterruptedException {
		int port = freePort();
		List<String> command = java(workDir);
		command.add("--server.port=" + port);
		command.add("--placement.rules.location=" + rules.toAbsolutePath());
		command.add("--placement.rules.watch-interval=" + watchInterval.toMillis() + "ms");
		command.addAll(Arrays.asList(arguments));
		Path log = Files.createTempFile(workDir, "service-", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		ServiceProcess service = new ServiceProcess(process, port, log, workDir);
		service.awaitReady();
		return service;
	}

	/**
	 * Runs a command ({@code ledger verify}, say) in {@code workDir} to its end; its exit
	 * code and output.
	 */
	static Result command(Path workDir, Map<String, String> environment, String... arguments)
			throws IOException, InterruptedException {
		List<String> command = java(workDir);
		command.addAll(Arrays.asList(arguments));
		command.add("--rules=" + Path.of("rules").toAbsolutePath());
		Path out = Files.createTempFile(workDir, "command-", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(out.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		// generous: a command starts the service's components (some 15 s alone), and far
		// longer on a shared machine running several at once
		if (!process.waitFor(COMMAND_WITHIN.toMinutes(), TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("command " + Arrays.toString(arguments) + " did not finish");
		}
		return new Result(process.exitValue(), Files.readString(out));
	}

	/**
	 * Runs {@code check}; if it fails, prints the end of the service's own log first, to
	 * say why.
	 */
	static <T> T explainingFailure(ServiceProcess service, java.util.concurrent.Callable<T> check) throws Exception {
		try {
			return check.call();
		}
		catch (AssertionError | Exception ex) {
			Files.copy(service.log, Path.of(System.getProperty("java.io.tmpdir"), "placement-service-last-failure.log"),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			List<String> lines = service.output().lines().toList();
			System.out.println("[service log, last lines]\n"
					+ String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
			throw ex;
		}
	}

	int port() {
		return port;
	}

	/**
	 * The generated local client's key: with no client configured the service writes it
	 * to {@code ./data/local-api-key} in its working directory at start-up (health needs
	 * none).
	 */
	Path localKeyFile() {
		return workDir.resolve("data/local-api-key");
	}

	/** {@code Bearer <local key>}, for the {@code Authorization} header. */
	String authorization() throws IOException {
		return "Bearer " + Files.readString(localKeyFile()).strip();
	}

	/**
	 * SIGKILL: no shutdown hook, no flush, no goodbye; what a power cut is to the
	 * process.
	 */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** SIGTERM, as an orchestrator stopping a pod sends it; does not wait. */
	void terminate() {
		process.destroy();
	}

	/** Waits up to {@code within} for the process to end; whether it did. */
	boolean awaitExit(Duration within) throws InterruptedException {
		return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
	}

	String output() throws IOException {
		return Files.readString(log);
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			kill();
		}
	}

	private void awaitReady() throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		long deadline = System.nanoTime() + READY_WITHIN.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + output());
			}
			try {
				HttpResponse<String> health = client.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		kill();
		throw new IllegalStateException("the service was not ready within " + READY_WITHIN + ":\n" + output());
	}

	/**
	 * The product's classpath: the test JVM's, less the tests' classes and their
	 * configuration.
	 */
	private static List<String> java(Path workDir) {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		String product = Arrays.stream(classpath.split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
			.collect(Collectors.joining(File.pathSeparator));
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-XX:+UseSerialGC");
		command.add("-cp");
		command.add(product);
		command.add(PlacementApplication.class.getName());
		return command;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	record Result(int exitCode, String output) {
	}

}
