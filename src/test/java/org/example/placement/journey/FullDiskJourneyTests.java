package org.example.placement.journey;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded store on a disk that fills up, for real: {@code ./data} is a small tmpfs,
 * filled with ballast while the service runs. While nothing can be written every POST is
 * a 503 problem with {@code Retry-After} and health says DOWN; once space is freed the
 * service records again by itself, without a restart; and after a SIGKILL every decision
 * acknowledged before, during and after the outage is still there, in a chain that
 * verifies. Needs root (to mount), as CI has.
 */
class FullDiskJourneyTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final long DISK_BYTES = 24L * 1024 * 1024;

	Path mounted;

	@Test
	void refusesWhileTheDiskIsFullAndRecoversOnItsOwnOnceSpaceIsFreed(@TempDir Path workDir) throws Exception {
		Path data = workDir.resolve("data");
		Files.createDirectories(data);
		assumeTrue(mount(data), "needs permission to mount a tmpfs (CI runs as root)");
		mounted = data;
		HttpClient http = HttpClient.newHttpClient();
		List<String> acknowledged = new ArrayList<>();

		try (ServiceProcess service = ServiceProcess.start(workDir, Map.of())) {
			for (int i = 0; i < 5; i++) {
				acknowledged.add(decide(http, service, i).decisionId());
			}
			Path ballast = fill(data);

			Outcome refused = decide(http, service, 100);
			for (int i = 101; i < 130 && refused.status() != 503; i++) {
				// a write or two may still fit in what the ballast left
				if (refused.status() == 201) {
					acknowledged.add(refused.decisionId());
				}
				refused = decide(http, service, i);
			}
			assertThat(refused.status()).as("POST while the disk is full").isEqualTo(503);
			assertThat(refused.retryAfter()).isNotNull();
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(health(http, service)).as("health while the disk is full").isEqualTo(503);

			Files.delete(ballast);
			Outcome resumed = ServiceProcess.explainingFailure(service, () -> awaitRecorded(http, service));
			acknowledged.add(resumed.decisionId());
			assertThat(health(http, service)).as("health once space is freed").isEqualTo(200);
			for (int i = 300; i < 305; i++) {
				acknowledged.add(decide(http, service, i).decisionId());
			}
			service.kill();
		}

		try (ServiceProcess restarted = ServiceProcess.start(workDir, Map.of())) {
			for (String id : acknowledged) {
				assertThat(get(http, restarted, id)).as("decision %s after restart", id).isEqualTo(200);
			}
		}
		ServiceProcess.Result verify = ServiceProcess.command(workDir, Map.of(), "ledger", "verify");
		System.out.printf("[full disk] %d decisions acknowledged around the outage, all present after SIGKILL%n",
				acknowledged.size());
		assertThat(verify.output()).contains("Chain intact");
	}

	@AfterEach
	void unmount() throws Exception {
		if (mounted != null) {
			run("umount", "-l", mounted.toString());
		}
	}

	private static Outcome awaitRecorded(HttpClient http, ServiceProcess service) throws Exception {
		AtomicInteger next = new AtomicInteger(200);
		AtomicReference<Outcome> last = new AtomicReference<>();
		Waiting.upTo(Duration.ofSeconds(30), Duration.ofMillis(250), () -> {
			last.set(decide(http, service, next.getAndIncrement()));
			return last.get().status() == 201;
		});
		Outcome outcome = last.get();
		assertThat(outcome.status()).as("POST once space is freed, without a restart").isEqualTo(201);
		return outcome;
	}

	/** Fills the file system but for a little, so the next few writes fail. */
	private static Path fill(Path data) throws IOException {
		Path ballast = data.resolve("ballast");
		long free = Files.getFileStore(data).getUsableSpace();
		try (RandomAccessFile file = new RandomAccessFile(ballast.toFile(), "rw")) {
			byte[] block = new byte[64 * 1024];
			long written = 0;
			while (written < free) {
				try {
					file.write(block);
					written += block.length;
				}
				catch (IOException full) {
					break;
				}
			}
		}
		return ballast;
	}

	private static Outcome decide(HttpClient http, ServiceProcess service, int child) throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + "/api/v1/placement-decisions"))
					.header("Content-Type", "application/json")
					.header("Authorization", service.authorization())
					.timeout(Duration.ofSeconds(30))
					.POST(HttpRequest.BodyPublishers.ofString(CrashDurabilityTests.README_REQUEST.formatted(child)))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		String id = response.statusCode() == 201 ? JSON.readTree(response.body()).get("decisionId").asString() : null;
		return new Outcome(response.statusCode(), id, response.headers().firstValue("Retry-After").orElse(null),
				response.headers().firstValue("Content-Type").orElse(""));
	}

	private static int health(HttpClient http, ServiceProcess service) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}

	private static int get(HttpClient http, ServiceProcess service, String id) throws Exception {
		return http
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + service.port() + "/api/v1/placement-decisions/" + id))
				.header("Authorization", service.authorization())
				.build(), HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}

	private static boolean mount(Path at) throws Exception {
		return run("mount", "-t", "tmpfs", "-o", "size=" + DISK_BYTES, "tmpfs", at.toString()) == 0;
	}

	private static int run(String... command) throws Exception {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
		}
		catch (IOException notAvailable) {
			return -1;
		}
	}

	record Outcome(int status, String decisionId, String retryAfter, String contentType) {
	}

}
