package org.example.placement.benchmark.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a phase's slowest answers waited on, as far as the service's own stops say: each
 * answer's wall-clock window set beside the safepoints (every stop of the world: GC
 * pauses and the rest) of the service's unified JVM log. Only when the service was
 * started with such a log written to a file with wall-clock decorations, e.g.
 * {@code jvm=-Xlog:gc*,safepoint:file=/tmp/gc.log:uptime,utc}. For the slowest 1% of the
 * phase's answers (at least 3), and for the median half beside them: how many met a stop,
 * and how long they were stopped on average, so a tail made of collections shows as the
 * stopped time that separates the slow answers from the median ones.
 */
final class SlowAnswers {

	/** {@code [2026-11-30T22:40:39.003+0000]...Safepoint "...", ... Total: 142571 ns}. */
	private static final Pattern SAFEPOINT = Pattern
		.compile("^\\[(\\d{4}-\\d\\d-\\d\\dT[^\\]]+)\\].*Safepoint \"([^\"]+)\".* Total: (\\d+) ns");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");

	private static final Pattern LOG_FILE = Pattern.compile("^-Xlog:.*safepoint.*:file=([^:]+):.*utc.*");

	private SlowAnswers() {
	}

	/** An answer's wall-clock window, from when its request was due or sent. */
	record Window(Instant from, Instant to) {

		Duration length() {
			return Duration.between(from, to);
		}

	}

	/** A stop of the world that ended at {@code end}, and its kind (the VM operation). */
	record Stop(Instant end, Duration length, String kind) {

		Instant start() {
			return end.minus(length);
		}

		Duration overlap(Window window) {
			Instant from = start().isAfter(window.from()) ? start() : window.from();
			Instant to = end.isBefore(window.to()) ? end : window.to();
			return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
		}

	}

	/** The safepoint log file the service's JVM options name, if they name one. */
	static Optional<Path> logFile(List<String> jvmOptions) {
		return jvmOptions.stream()
			.map(LOG_FILE::matcher)
			.filter(Matcher::matches)
			.map((m) -> Path.of(m.group(1)))
			.findFirst();
	}

	/** The stops of the world the log holds so far. */
	static List<Stop> stops(Path log) throws IOException {
		List<Stop> stops = new ArrayList<>();
		try (var lines = Files.lines(log)) {
			lines.map(SAFEPOINT::matcher).filter(Matcher::find).forEach((m) -> {
				Instant end = OffsetDateTime.parse(m.group(1), UTC).toInstant();
				stops.add(new Stop(end, Duration.ofNanos(Long.parseLong(m.group(3))), m.group(2)));
			});
		}
		return stops;
	}

	/** Lines on the slowest answers of one phase and the median half beside them. */
	static List<String> lines(String phase, List<Window> answers, List<Stop> stops) {
		List<Window> byLength = answers.stream().sorted(Comparator.comparing(Window::length).reversed()).toList();
		if (byLength.isEmpty()) {
			return List.of();
		}
		int slow = Math.max(3, byLength.size() / 100);
		List<Window> slowest = byLength.subList(0, Math.min(slow, byLength.size()));
		List<Window> median = byLength.subList(byLength.size() / 4, byLength.size() * 3 / 4);
		List<String> lines = new ArrayList<>();
		lines.add(String.format("%s: the %d slowest of %d answers: %s; the median half: %s", phase, slowest.size(),
				byLength.size(), summary(slowest, stops), summary(median, stops)));
		for (Window answer : slowest) {
			List<String> met = stops.stream()
				.filter((stop) -> !stop.overlap(answer).isZero())
				.map((stop) -> String.format("%s %.1f ms", stop.kind(), stop.length().toNanos() / 1e6))
				.toList();
			lines.add(String.format("  %.1f ms from %s: %s", answer.length().toNanos() / 1e6, answer.from(),
					met.isEmpty() ? "no stop of the world" : String.join(", ", met)));
		}
		return lines;
	}

	private static String summary(List<Window> answers, List<Stop> stops) {
		int met = 0;
		double stopped = 0;
		double total = 0;
		for (Window answer : answers) {
			double in = stops.stream().mapToLong((stop) -> stop.overlap(answer).toNanos()).sum() / 1e6;
			met += in > 0 ? 1 : 0;
			stopped += in;
			total += answer.length().toNanos() / 1e6;
		}
		int n = Math.max(1, answers.size());
		return String.format("%.1f ms on average, %d met a stop, stopped %.1f ms on average", total / n, met,
				stopped / n);
	}

}
