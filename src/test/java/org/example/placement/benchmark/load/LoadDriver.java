package org.example.placement.benchmark.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A small load generator on the JDK's {@link HttpClient}: either a fixed request rate
 * (open loop: requests are sent when due whether or not earlier ones were answered, up to
 * {@link #MAX_IN_FLIGHT}; latency counts from when each was due) or saturation (closed
 * loop: {@code connections} clients each send the next request as soon as the last is
 * answered).
 */
final class LoadDriver implements AutoCloseable {

	static final int MAX_IN_FLIGHT = 128;

	/** Reads each answer's body and keeps only its length. */
	private static final HttpResponse.BodyHandler<Long> COUNTED = (info) -> new ByteCount();

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.executor(executor)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/** One request a phase sends: the {@code i}-th. */
	interface Requests {

		HttpRequest get(int i);

	}

	/**
	 * The requests built once, their bodies serialised once: the driver shares the
	 * service's cores, so it does as little per request as it can.
	 */
	static Requests posts(URI uri, String authorization, List<String> bodies) {
		List<HttpRequest> requests = bodies.stream()
			.map((body) -> HttpRequest.newBuilder(uri)
				.header("Authorization", authorization)
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)))
				.build())
			.toList();
		return (i) -> requests.get(i % requests.size());
	}

	static Requests gets(URI uri) {
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build();
		return (i) -> request;
	}

	Recording fixedRate(Requests requests, int perSecond, Duration duration) throws InterruptedException {
		Recording recording = new Recording();
		Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
		long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
		long start = System.nanoTime();
		long count = duration.toSeconds() * perSecond;
		for (int i = 0; i < count; i++) {
			long due = start + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			if (!inFlight.tryAcquire()) {
				recording.missed.incrementAndGet();
				continue;
			}
			http.sendAsync(requests.get(i), COUNTED).whenComplete((response, ex) -> {
				recording.answer(due, response, ex);
				inFlight.release();
			});
		}
		inFlight.acquire(MAX_IN_FLIGHT);
		recording.elapsed = Duration.ofNanos(System.nanoTime() - start);
		return recording;
	}

	Recording saturate(Requests requests, int connections, Duration duration) throws InterruptedException {
		Recording recording = new Recording();
		AtomicInteger next = new AtomicInteger();
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		ExecutorService clients = Executors.newFixedThreadPool(connections);
		for (int c = 0; c < connections; c++) {
			clients.submit(() -> {
				while (System.nanoTime() < end) {
					long sent = System.nanoTime();
					try {
						recording.answer(sent, http.send(requests.get(next.getAndIncrement()), COUNTED), null);
					}
					catch (IOException | InterruptedException ex) {
						recording.answer(sent, null, ex);
					}
				}
			});
		}
		clients.shutdown();
		clients.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS);
		recording.elapsed = Duration.ofNanos(System.nanoTime() - start);
		return recording;
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}

	/** A body read and discarded, counting its bytes. */
	private static final class ByteCount implements HttpResponse.BodySubscriber<Long> {

		private final CompletableFuture<Long> bytes = new CompletableFuture<>();

		private long count;

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(List<ByteBuffer> buffers) {
			for (ByteBuffer buffer : buffers) {
				count += buffer.remaining();
			}
		}

		@Override
		public void onError(Throwable failure) {
			bytes.completeExceptionally(failure);
		}

		@Override
		public void onComplete() {
			bytes.complete(count);
		}

		@Override
		public CompletionStage<Long> getBody() {
			return bytes;
		}

	}

	/** The answers of one phase as they come in. */
	static final class Recording {

		private final long[] latencies = new long[2_000_000];

		/** When each answer's request was due or sent ({@code nanoTime}), by answer. */
		private final long[] since = new long[latencies.length];

		/**
		 * A wall-clock instant and the {@code nanoTime} read with it, to date answers.
		 */
		private final Instant wallAtStart = Instant.now();

		private final long nanoAtStart = System.nanoTime();

		private final AtomicInteger answers = new AtomicInteger();

		private final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();

		private final LongAdder createdBytes = new LongAdder();

		private final AtomicLong missed = new AtomicLong();

		private Duration elapsed = Duration.ZERO;

		private void answer(long since, HttpResponse<Long> response, Throwable failure) {
			long latency = System.nanoTime() - since;
			int status = failure != null ? -1 : response.statusCode();
			statuses.merge(status, 1, Integer::sum);
			if (status == 201) {
				createdBytes.add(response.body());
			}
			int i = answers.getAndIncrement();
			if (i < latencies.length) {
				latencies[i] = latency;
				this.since[i] = since;
			}
		}

		/**
		 * Each answer's wall-clock window, from when it was due or sent to its answer.
		 */
		List<SlowAnswers.Window> windows() {
			int count = Math.min(answers.get(), latencies.length);
			List<SlowAnswers.Window> windows = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				Instant from = wallAtStart.plusNanos(since[i] - nanoAtStart);
				windows.add(new SlowAnswers.Window(from, from.plusNanos(latencies[i])));
			}
			return windows;
		}

		PhaseResult result(String name, ServiceUnderTest.Stored stored, long rssMegabytes, long cpuMillis) {
			long[] answered = Arrays.copyOf(latencies, Math.min(answers.get(), latencies.length));
			return new PhaseResult(name, elapsed, answered, statuses, createdBytes.sum(), missed.get(), stored,
					rssMegabytes, cpuMillis);
		}

	}

}
