package org.example.placement.benchmark.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Hot reload under load (issue 12 item 5): 1 x 50 at a fixed rate, first steady, then
 * while a weight in a local-policy rule file (the copy of the rules the service reads) is
 * changed {@code changes} times, {@link #SPACING} apart. For each change: from the file's
 * write to the first answer carrying the new {@code rulesetVersion}, and the latency of
 * the requests due from the write until a second after that, against the steady phase's.
 */
final class ReloadPhase {

	static final Duration SPACING = Duration.ofSeconds(15);

	private static final Pattern VERSION = Pattern.compile("\"rulesetVersion\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern WEIGHT = Pattern.compile("\"DISFAVOUR\",\"(\\d+)\"");

	/**
	 * The service's log lines that mark a build's steps: compiled, KieBase made, gated.
	 */
	private static final Pattern LOADED = Pattern
		.compile("^(\\S+Z) .*?: ((?:Start|End) creation of KieBase.*|Ruleset \\S+ loaded.*?; .*|Ruleset .* rejected.*"
				+ "|KieBase of the \\d+ rules.*)$");

	private final ServiceUnderTest service;

	private final List<HttpRequest> requests;

	/** A wall-clock instant and the {@code nanoTime} read with it, to date answers. */
	private final Instant wallAtStart = Instant.now();

	private final long nanoAtStart = System.nanoTime();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	ReloadPhase(ServiceUnderTest service, List<String> bodies) {
		this.service = service;
		this.requests = bodies.stream()
			.map((body) -> HttpRequest.newBuilder(service.uri("/api/v1/placement-decisions"))
				.header("Authorization", service.authorization())
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)))
				.build())
			.toList();
	}

	/**
	 * One answer: when it was due and done (nanoTime), its status and ruleset version.
	 */
	record Answer(long due, long done, int status, String version) {

		long latency() {
			return done - due;
		}

	}

	void run(int changes, int perSecond, Duration steady) throws Exception {
		System.out.printf("[load] reload: 1 x 50 at %d/s, steady for %s, then %d weight changes %s apart; load %s%n",
				perSecond, steady, changes, SPACING, ExtraPhases.loadAverage());
		List<Answer> calm = drive(perSecond, steady);
		Path file = service.rules().resolve("local/default/distance-from-home.drl.csv");
		long start = System.nanoTime();
		CompletableFuture<List<Answer>> during = CompletableFuture
			.supplyAsync(() -> drive(perSecond, SPACING.multipliedBy(changes + 1)));
		long[] written = new long[changes];
		Instant[] writtenAt = new Instant[changes];
		for (int k = 0; k < changes; k++) {
			long due = start + SPACING.toNanos() * k + SPACING.toNanos() / 2;
			TimeUnit.NANOSECONDS.sleep(Math.max(0, due - System.nanoTime()));
			String before = Files.readString(file);
			Matcher weight = WEIGHT.matcher(before);
			weight.find();
			int next = Integer.parseInt(weight.group(1)) + 1;
			Files.writeString(file, weight.replaceFirst("\"DISFAVOUR\",\"" + next + "\""));
			written[k] = System.nanoTime();
			writtenAt[k] = Instant.now();
		}
		List<Answer> answers = during.get();
		// steady again after: the steady phase before may still be warming up
		List<Answer> steadyAfter = drive(perSecond, steady);
		report(calm, steadyAfter, answers, written, writtenAt);
	}

	private void report(List<Answer> before, List<Answer> after, List<Answer> answers, long[] written,
			Instant[] writtenAt) throws IOException {
		List<Answer> calm = new ArrayList<>(before);
		calm.addAll(after);
		for (List<Answer> phase : List.of(before, after, calm)) {
			long[] steady = latencies(phase);
			System.out.printf(
					"[load] reload: steady (%s) %d answers, p50 %.1f ms, p99 %.1f ms, max %.1f ms, " + "statuses %s%n",
					phase == before ? "before" : phase == after ? "after" : "both", steady.length,
					percentile(steady, 50), percentile(steady, 99), percentile(steady, 100), statuses(phase));
		}
		double p99 = percentile(latencies(calm), 99);
		// the steady phase after the reloads alone: the one before may run on a JIT still
		// compiling, which raises the p99 of both
		double warmP99 = percentile(latencies(after), 99);
		List<Answer> byDone = new ArrayList<>(answers);
		byDone.sort(Comparator.comparingLong(Answer::done));
		List<String> loaded = loadedLines();
		for (int k = 0; k < written.length; k++) {
			long write = written[k];
			String old = byDone.stream()
				.filter((a) -> a.done() < write && a.version() != null)
				.reduce((a, b) -> b)
				.map(Answer::version)
				.orElse("?");
			Answer first = byDone.stream()
				.filter((a) -> a.done() >= write && a.version() != null && !a.version().equals(old))
				.findFirst()
				.orElse(null);
			long serving = first == null ? -1 : first.done() - write;
			long windowEnd = write + (first == null ? SPACING.toNanos() : serving) + TimeUnit.SECONDS.toNanos(1);
			List<Answer> window = answers.stream().filter((a) -> a.due() >= write && a.due() < windowEnd).toList();
			long[] during = latencies(window);
			long over = window.stream().filter((a) -> a.latency() > 2 * p99 * 1e6).count();
			long overWarm = window.stream().filter((a) -> a.latency() > 2 * warmP99 * 1e6).count();
			System.out.printf(
					"[load] reload %d: written %s; new version %s served after %s; window %d answers, p50 %.1f ms, "
							+ "p99 %.1f ms, max %.1f ms, %d over 2x the steady p99 (%.1f ms), %d over 2x the steady "
							+ "p99 after (%.1f ms), statuses %s%n",
					k + 1, writtenAt[k], first == null ? "none" : first.version(),
					first == null ? "never" : String.format("%.2f s", serving / 1e9), during.length,
					percentile(during, 50), percentile(during, 99), percentile(during, 100), over, 2 * p99, overWarm,
					2 * warmP99, statuses(window));
			window.stream()
				.filter((a) -> a.latency() > 2 * Math.min(p99, warmP99) * 1e6)
				.forEach((a) -> System.out.printf(
						"[load]   over 2x a steady p99: due %s (%.2f s after the write), %.1f ms%n",
						wallAtStart.plusNanos(a.due() - nanoAtStart), (a.due() - write) / 1e9, a.latency() / 1e6));
		}
		long[] all = latencies(answers);
		System.out.printf("[load] reload phase as a whole: %d answers, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				all.length, percentile(all, 50), percentile(all, 99), percentile(all, 100));
		loaded.forEach((line) -> System.out.println("[load]   service: " + line));
	}

	/**
	 * The service's log lines of each build: when it compiled, made its KieBase, passed
	 * the gate.
	 */
	private List<String> loadedLines() throws IOException {
		List<String> lines = new ArrayList<>();
		for (String line : Files.readAllLines(service.log())) {
			Matcher loaded = LOADED.matcher(line);
			if (loaded.find()) {
				lines.add(loaded.group(1) + " " + loaded.group(2));
			}
		}
		return lines;
	}

	private List<Answer> drive(int perSecond, Duration duration) {
		ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
		Semaphore inFlight = new Semaphore(LoadDriver.MAX_IN_FLIGHT);
		long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
		long start = System.nanoTime();
		long count = duration.toSeconds() * perSecond;
		try {
			for (int i = 0; i < count; i++) {
				long due = start + i * interval;
				TimeUnit.NANOSECONDS.sleep(Math.max(0, due - System.nanoTime()));
				inFlight.acquire();
				http.sendAsync(requests.get(i % requests.size()), HttpResponse.BodyHandlers.ofString())
					.whenComplete((response, ex) -> {
						answers.add(answer(due, response, ex));
						inFlight.release();
					});
			}
			inFlight.acquire(LoadDriver.MAX_IN_FLIGHT);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return new ArrayList<>(answers);
	}

	private static Answer answer(long due, HttpResponse<String> response, Throwable failure) {
		long done = System.nanoTime();
		if (failure != null) {
			return new Answer(due, done, -1, null);
		}
		Matcher version = VERSION.matcher(response.body());
		return new Answer(due, done, response.statusCode(), version.find() ? version.group(1) : null);
	}

	private static long[] latencies(List<Answer> answers) {
		return answers.stream().mapToLong(Answer::latency).sorted().toArray();
	}

	private static String statuses(List<Answer> answers) {
		return answers.stream()
			.collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()))
			.toString();
	}

	static double percentile(long[] sorted, double percentile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}

}
