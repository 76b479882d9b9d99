package org.example.placement.journey;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

/**
 * Callers behind a load balancer: a few clients per replica post decisions, each for a
 * child of its own, until stopped, and keep every answer: the decisions acknowledged
 * ({@code 201}) with the replica that made them, and anything else as a failure.
 */
final class ReplicaLoad {

	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);

	private final Queue<Ack> acknowledged = new ConcurrentLinkedQueue<>();

	private final Queue<String> failures = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean stop = new AtomicBoolean();

	private final AtomicInteger child = new AtomicInteger();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ExecutorService clients;

	private final String authorization;

	/** Starts {@code clientsEach} clients on each replica, named by its port. */
	ReplicaLoad(Map<String, Integer> replicas, int clientsEach, String authorization) {
		this.authorization = authorization;
		this.clients = Executors.newFixedThreadPool(replicas.size() * clientsEach);
		replicas.forEach((name, port) -> {
			for (int i = 0; i < clientsEach; i++) {
				clients.submit(() -> postUntilStopped(name, port));
			}
		});
	}

	/** Decisions acknowledged so far by {@code replica} under {@code rulesetVersion}. */
	long acknowledged(String replica, String rulesetVersion) {
		return acknowledged.stream()
			.filter(a -> a.replica().equals(replica) && a.rulesetVersion().equals(rulesetVersion))
			.count();
	}

	/**
	 * Stops the clients once their requests in flight are answered; every decision
	 * acknowledged.
	 */
	List<Ack> stop() throws InterruptedException {
		stop.set(true);
		clients.shutdown();
		if (!clients.awaitTermination(ANSWER_WITHIN.toSeconds() + 30, TimeUnit.SECONDS)) {
			clients.shutdownNow();
			failures.add("a client was still waiting for an answer when the load stopped");
		}
		return List.copyOf(acknowledged);
	}

	/** Every answer that was not a {@code 201}, with its replica and status. */
	List<String> failures() {
		return List.copyOf(failures);
	}

	private void postUntilStopped(String replica, int port) {
		while (!stop.get()) {
			int i = child.incrementAndGet();
			try {
				HttpResponse<String> response = http.send(post(port, i), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 201) {
					JsonNode body = HttpClientSupport.JSON.readTree(response.body());
					acknowledged.add(new Ack(replica, body.get("decisionId").asString(),
							body.get("rulesetVersion").asString(), body));
				}
				else {
					failures.add(replica + ": " + response.statusCode() + " " + response.body());
				}
			}
			catch (IOException ex) {
				failures.add(replica + ": " + ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private HttpRequest post(int port, int i) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/placement-decisions"))
			.header("Content-Type", "application/json")
			.header("Authorization", authorization)
			.timeout(ANSWER_WITHIN)
			.POST(HttpRequest.BodyPublishers.ofString(CrashDurabilityTests.README_REQUEST.formatted(i)))
			.build();
	}

	/** A decision a replica acknowledged, and the body it answered with. */
	record Ack(String replica, String decisionId, String rulesetVersion, JsonNode body) {
	}

}
