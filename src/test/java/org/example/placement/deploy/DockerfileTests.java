package org.example.placement.deploy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code src/deploy/Dockerfile} checked as far as can be without a Docker engine: its
 * stages, base images, user, health check and paths, that everything it copies is in the
 * build context {@code .dockerignore} leaves, and that its health-check script tells a
 * ready service from one that is not. (Building it is README "Deploying"; CI has no
 * Docker.)
 */
class DockerfileTests {

	private static final Pattern INSTRUCTION = Pattern.compile("^([A-Z]+)\\s+(.*)$");

	private final List<Instruction> instructions = parse();

	@Test
	void buildsWithTheWrapperInOneStageAndRunsOnAJreInAnother() {
		List<Instruction> stages = of("FROM");

		assertThat(stages).hasSize(2);
		assertThat(stages.get(0).arguments()).matches("eclipse-temurin:(17|21)-jdk(-[a-z]+)? AS build");
		assertThat(stages.get(1).arguments()).matches("eclipse-temurin:(17|21)-jre(-[a-z]+)? AS runtime");
		assertThat(of("RUN").stream().map(Instruction::arguments))
			.anySatisfy((run) -> assertThat(run).contains("./mvnw -B -DskipTests package"))
			.anySatisfy((run) -> assertThat(run).contains("dependency:go-offline"));
		assertThat(of("COPY").stream().filter((copy) -> copy.arguments().startsWith("--from=build")))
			.as("the runtime takes the Spring Boot layers from the build stage")
			.hasSize(4);
	}

	@Test
	void runsAsAFixedUnprivilegedUser() {
		List<Instruction> users = of("USER");

		assertThat(users).hasSize(1);
		assertThat(users.get(0).arguments()).matches("[1-9][0-9]*:[1-9][0-9]*");
	}

	@Test
	void bakesTheRulesAndScenariosInWhereTheServiceLooksAndKeepsDataInAVolume() {
		assertThat(of("COPY").stream().map(Instruction::arguments)).contains("rules /app/rules",
				"test-scenarios /app/test-scenarios");
		assertThat(of("ENV").get(0).arguments()).contains("PLACEMENT_RULES_LOCATION=/app/rules",
				"PLACEMENT_SCENARIOS_LOCATION=/app/test-scenarios");
		assertThat(of("VOLUME").get(0).arguments()).isEqualTo("[\"/app/data\"]");
		assertThat(of("WORKDIR").get(1).arguments()).as("./data is /app/data").isEqualTo("/app");
		assertThat(of("ENTRYPOINT").get(0).arguments()).contains("exec java $JAVA_OPTS -jar");
	}

	@Test
	void checksHealthOnTheReadinessGroup() throws IOException {
		List<Instruction> checks = of("HEALTHCHECK");

		assertThat(checks).hasSize(1);
		assertThat(checks.get(0).arguments()).contains("CMD [\"/app/healthcheck.sh\"]");
		assertThat(Files.readString(DeployFiles.DEPLOY.resolve("healthcheck.sh")))
			.contains("GET /actuator/health/readiness");
	}

	@Test
	void everythingCopiedFromTheContextIsLeftInItByDockerignore() throws IOException {
		List<String> kept = Files.readAllLines(Path.of(".dockerignore"))
			.stream()
			.filter((line) -> line.startsWith("!"))
			.map((line) -> line.substring(1))
			.toList();

		assertThat(Files.readAllLines(Path.of(".dockerignore"))).contains("*");
		for (Instruction copy : of("COPY")) {
			if (copy.arguments().startsWith("--from=")) {
				continue;
			}
			List<String> parts = Arrays.asList(copy.arguments().split("\\s+"));
			for (String source : parts.subList(0, parts.size() - 1)) {
				assertThat(Path.of(source)).as(copy.arguments()).exists();
				assertThat(kept).as(source + " is in the build context")
					.contains(Path.of(source).getName(0).toString());
			}
		}
	}

	@Test
	void healthCheckScriptIsHealthyOnlyWhileReadinessAnswers200() throws Exception {
		assertThat(healthCheck(200)).isZero();
		assertThat(healthCheck(503)).as("readiness DOWN (decision log cannot record)").isOne();
		try (ServerSocket free = new ServerSocket(0)) {
			int port = free.getLocalPort();
			free.close();
			assertThat(runHealthCheck(port)).as("nothing listening").isOne();
		}
	}

	private static int healthCheck(int status) throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		List<String> paths = new CopyOnWriteArrayList<>();
		server.createContext("/", (exchange) -> {
			paths.add(exchange.getRequestURI().getPath());
			byte[] body = "{\"status\":\"UP\"}".getBytes();
			exchange.sendResponseHeaders(status, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		try {
			int exit = runHealthCheck(server.getAddress().getPort());
			assertThat(paths).containsExactly("/actuator/health/readiness");
			return exit;
		}
		finally {
			server.stop(0);
		}
	}

	private static int runHealthCheck(int port) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("bash", DeployFiles.DEPLOY.resolve("healthcheck.sh").toString())
			.redirectErrorStream(true);
		builder.environment().putAll(Map.of("SERVER_PORT", String.valueOf(port)));
		Process process = builder.start();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return process.exitValue();
	}

	private List<Instruction> of(String keyword) {
		return instructions.stream().filter((instruction) -> instruction.keyword().equals(keyword)).toList();
	}

	/**
	 * Instructions with continuation lines joined, comments dropped, ARG defaults
	 * applied.
	 */
	private static List<Instruction> parse() {
		try {
			String text = Files.readString(DeployFiles.DOCKERFILE).replaceAll("\\\\\\n\\s*", " ");
			List<Instruction> parsed = new ArrayList<>();
			Map<String, String> args = new HashMap<>();
			for (String line : text.split("\n")) {
				Matcher matcher = INSTRUCTION.matcher(line.strip());
				if (line.strip().startsWith("#") || !matcher.matches()) {
					continue;
				}
				String arguments = matcher.group(2).strip();
				if (matcher.group(1).equals("ARG") && arguments.contains("=")) {
					args.put(arguments.substring(0, arguments.indexOf('=')),
							arguments.substring(arguments.indexOf('=') + 1));
				}
				for (Map.Entry<String, String> arg : args.entrySet()) {
					arguments = arguments.replace("${" + arg.getKey() + "}", arg.getValue());
				}
				parsed.add(new Instruction(matcher.group(1), arguments));
			}
			return parsed;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Instruction(String keyword, String arguments) {
	}

}
