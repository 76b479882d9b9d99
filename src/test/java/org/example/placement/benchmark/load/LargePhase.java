package org.example.placement.benchmark.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Large requests (issue 12 item 6): 1 child x {@code large=} candidates (5,000 is the
 * API's cap), first one at a time (each request's latency, answer bytes, stored bytes,
 * the service's peak RSS), then {@code clients} at once, twice over, to show whether a
 * few of them together are answered or refused ({@code 503}) rather than taking the
 * service down.
 */
final class LargePhase {

	private LargePhase() {
	}

	static void run(ServiceUnderTest service, LoadDriver driver, List<String> bodies, int clients) throws Exception {
		URI decisions = service.uri("/api/v1/placement-decisions");
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		System.out.printf(
				"[load] large: %d requests of %d bytes (the first), one at a time; RSS %d MB, peak %d MB, "
						+ "load %s%n",
				bodies.size(), bodies.get(0).length(), service.rssMegabytes(), service.peakRssMegabytes(),
				ExtraPhases.loadAverage());
		for (String body : bodies) {
			ServiceUnderTest.Stored before = service.stored();
			long sent = System.nanoTime();
			HttpResponse<byte[]> answer = http.send(post(decisions, service, body),
					HttpResponse.BodyHandlers.ofByteArray());
			long millis = (System.nanoTime() - sent) / 1_000_000;
			ServiceUnderTest.Stored stored = service.stored().minus(before);
			System.out.printf(
					"[load] large, alone: %d in %d ms, %d bytes answered, %d stored (payload %d), RSS %d MB, "
							+ "peak %d MB%n",
					answer.statusCode(), millis, answer.body().length, stored.onDisk(), stored.payload(),
					service.rssMegabytes(), service.peakRssMegabytes());
		}
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		for (int round = 1; round <= 2; round++) {
			long sent = System.nanoTime();
			List<Future<String>> answers = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				String body = bodies.get(c % bodies.size());
				answers.add(pool.submit(() -> {
					long mine = System.nanoTime();
					try {
						HttpResponse<byte[]> answer = http.send(post(decisions, service, body),
								HttpResponse.BodyHandlers.ofByteArray());
						return answer.statusCode() + " in " + (System.nanoTime() - mine) / 1_000_000 + " ms";
					}
					catch (IOException ex) {
						return ex.getClass().getSimpleName() + " after " + (System.nanoTime() - mine) / 1_000_000
								+ " ms";
					}
				}));
			}
			List<String> outcomes = new ArrayList<>();
			for (Future<String> answer : answers) {
				outcomes.add(answer.get());
			}
			System.out.printf(
					"[load] large, %d at once (round %d): %s; all done in %d ms; RSS %d MB, peak %d MB; "
							+ "service alive %s, OutOfMemoryError in its log %d times%n",
					clients, round, outcomes, (System.nanoTime() - sent) / 1_000_000, service.rssMegabytes(),
					service.peakRssMegabytes(), service.alive(), outOfMemory(service));
		}
		pool.shutdown();
		System.out.println("[load] large: heap " + ExtraPhases.jcmd(service, "GC.heap_info")
			.stream()
			.filter((line) -> line.contains("used"))
			.findFirst()
			.orElse("?")
			.trim());
	}

	private static long outOfMemory(ServiceUnderTest service) throws IOException {
		try (Stream<String> lines = Files.lines(service.log())) {
			return lines.filter((line) -> line.contains("OutOfMemoryError")).count();
		}
	}

	private static HttpRequest post(URI uri, ServiceUnderTest service, String body) {
		return HttpRequest.newBuilder(uri)
			.header("Authorization", service.authorization())
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(300))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
	}

}
