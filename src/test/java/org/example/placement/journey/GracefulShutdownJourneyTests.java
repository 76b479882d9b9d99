package org.example.placement.journey;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Graceful shutdown, tested as an orchestrator stops the service: its own JVM takes a
 * burst of concurrent decisions and gets SIGTERM while requests are in flight. Every
 * request must either have been answered 201 with a decision that is in the log after a
 * restart, or have failed at the connection (the service had stopped taking requests):
 * never a 5xx, never a 201 that was not kept. And the process must be gone within the
 * shutdown period.
 */
class GracefulShutdownJourneyTests {

	static final int CLIENTS = 8;

	/**
	 * The shutdown period the service is given here
	 * (spring.lifecycle.timeout-per-shutdown-phase).
	 */
	static final Duration PERIOD = Duration.ofSeconds(10);

	static final Duration FIRST_ACKNOWLEDGEMENT_WITHIN = Duration.ofSeconds(60);

	static final int TERMINATE_AFTER_ACKNOWLEDGED = 40;

	static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * What one request came to: its status (0: failed at the connection) and, for a 201,
	 * the decision id.
	 */
	record Outcome(int status, String decisionId, boolean sentBeforeTerminate, boolean answeredAfterTerminate) {
	}

	@Test
	void finishesInFlightDecisionsAndKeepsEveryOneItAcknowledged(@TempDir Path workDir) throws Exception {
		Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
		Duration exitedWithin;
		try (ServiceProcess service = ServiceProcess.start(workDir, Map.of(),
				"--spring.lifecycle.timeout-per-shutdown-phase=" + PERIOD.toSeconds() + "s")) {
			exitedWithin = ServiceProcess.explainingFailure(service, () -> burstThenTerminate(service, outcomes));
		}

		List<String> acknowledged = outcomes.stream().filter(o -> o.status() == 201).map(Outcome::decisionId).toList();
		List<Integer> other = outcomes.stream().map(Outcome::status).filter(s -> s != 201 && s != 0).toList();
		long finishedInFlight = outcomes.stream()
			.filter(o -> o.status() == 201 && o.sentBeforeTerminate() && o.answeredAfterTerminate())
			.count();
		List<String> missing = new ArrayList<>();
		try (ServiceProcess restarted = ServiceProcess.start(workDir, Map.of())) {
			HttpClient http = HttpClient.newHttpClient();
			for (String id : acknowledged) {
				HttpResponse<Void> found = http.send(HttpRequest
					.newBuilder(
							URI.create("http://localhost:" + restarted.port() + "/api/v1/placement-decisions/" + id))
					.header("Authorization", restarted.authorization())
					.build(), HttpResponse.BodyHandlers.discarding());
				if (found.statusCode() != 200) {
					missing.add(id);
				}
			}
		}

		System.out.printf(
				"[graceful shutdown] %d requests: %d acknowledged (%d of them in flight at SIGTERM), "
						+ "%d failed at the connection; exited %d ms after SIGTERM%n",
				outcomes.size(), acknowledged.size(), finishedInFlight,
				outcomes.stream().filter(o -> o.status() == 0).count(), exitedWithin.toMillis());
		assertThat(other).as("statuses other than 201 or a connection failure").isEmpty();
		assertThat(acknowledged).as("decisions acknowledged").isNotEmpty();
		assertThat(finishedInFlight).as("requests in flight at SIGTERM that were finished and acknowledged")
			.isPositive();
		assertThat(missing).as("acknowledged decisions missing after restart").isEmpty();
		assertThat(exitedWithin).as("time from SIGTERM to exit").isLessThanOrEqualTo(PERIOD);
	}

	/**
	 * Clients post until enough are acknowledged, then SIGTERM; how long the process took
	 * to exit.
	 */
	private static Duration burstThenTerminate(ServiceProcess service, Queue<Outcome> outcomes) throws Exception {
		AtomicBoolean terminated = new AtomicBoolean();
		AtomicInteger acknowledged = new AtomicInteger();
		AtomicInteger child = new AtomicInteger();
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
		String authorization = service.authorization();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		for (int i = 0; i < CLIENTS; i++) {
			clients.submit(() -> {
				// each client stops at its first connection failure: the service takes no
				// more
				while (true) {
					boolean before = !terminated.get();
					try {
						HttpResponse<String> response = http.send(post(service, authorization, child.incrementAndGet()),
								HttpResponse.BodyHandlers.ofString());
						String id = response.statusCode() == 201
								? JSON.readTree(response.body()).get("decisionId").asString() : null;
						outcomes.add(new Outcome(response.statusCode(), id, before, terminated.get()));
						if (response.statusCode() != 201) {
							// a problem body holds no request value: print it, to say why
							System.out.println(
									"[graceful shutdown] answered " + response.statusCode() + ": " + response.body());
						}
						if (id != null) {
							acknowledged.incrementAndGet();
						}
					}
					catch (IOException refused) {
						outcomes.add(new Outcome(0, null, before, true));
						if (terminated.get()) {
							return;
						}
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
		}
		Waiting.upTo(FIRST_ACKNOWLEDGEMENT_WITHIN, Duration.ofMillis(5),
				() -> acknowledged.get() >= TERMINATE_AFTER_ACKNOWLEDGED);
		terminated.set(true);
		long start = System.nanoTime();
		service.terminate();
		boolean exited = service.awaitExit(PERIOD.plusSeconds(20));
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		clients.shutdown();
		assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).as("clients stopped").isTrue();
		assertThat(exited).as("the service exited after SIGTERM").isTrue();
		return took;
	}

	private static HttpRequest post(ServiceProcess service, String authorization, int child) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + "/api/v1/placement-decisions"))
			.header("Content-Type", "application/json")
			.header("Authorization", authorization)
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(CrashDurabilityTests.README_REQUEST.formatted(child)))
			.build();
	}

}
