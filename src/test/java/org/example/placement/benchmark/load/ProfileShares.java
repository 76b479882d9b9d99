package org.example.placement.benchmark.load;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a flight recording of the load benchmark says about one phase: of the execution
 * samples of the request threads ({@code http-nio-}) and the log's writer
 * ({@code decision-log-writer}) between two times of day (UTC), the frames most often on
 * top (self time), with the innermost frame outside the JDK each was called from, and the
 * share of samples with each named frame anywhere on the stack (inclusive, each sample
 * counted once per name), and each sample once by the innermost of the named frames on
 * its stack; and the same two for the allocation samples
 * ({@code jdk.ObjectAllocationSample}, by weight) of those threads. Record with deep
 * stacks, or Spring's frames push ours out of the default 64:
 * {@code jvm=-XX:FlightRecorderOptions=stackdepth=512 jvm=-XX:StartFlightRecording=filename=run.jfr,settings=profile}.
 * Not a test: {@code ./mvnw -o -Pbenchmark test-compile exec:exec
 * -Djmh.main=org.example.placement.benchmark.load.ProfileShares -Djmh.args="run.jfr 16:50:00 16:50:15 [frame ...]"},
 * a frame named as {@code Class.method} (a suffix of the class's full name); with
 * {@code thread=<name prefix>} among them, that thread's samples alone (e.g.
 * {@code thread=h2-file-compaction}).
 */
public final class ProfileShares {

	private static final int TOP = 40;

	private ProfileShares() {
	}

	public static void main(String[] args) throws Exception {
		LocalTime from = LocalTime.parse(args[1]);
		LocalTime to = LocalTime.parse(args[2]);
		List<String> rest = List.of(args).subList(3, args.length);
		// thread=<name prefix>: that thread alone (e.g. thread=h2-file-compaction)
		String only = rest.stream()
			.filter((arg) -> arg.startsWith("thread="))
			.map((arg) -> arg.substring("thread=".length()))
			.findFirst()
			.orElse(null);
		List<String> named = rest.stream().filter((arg) -> !arg.startsWith("thread=")).toList();
		Shares cpu = new Shares(named);
		Shares allocation = new Shares(named);
		for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
			String type = event.getEventType().getName();
			boolean sample = type.equals("jdk.ExecutionSample");
			if ((!sample && !type.equals("jdk.ObjectAllocationSample")) || !within(event.getStartTime(), from, to)) {
				continue;
			}
			String thread = sample ? event.getThread("sampledThread").getJavaName()
					: event.getThread("eventThread").getJavaName();
			if (thread == null || ((only != null) ? !thread.startsWith(only)
					: !(thread.startsWith("http-nio-") || thread.startsWith("decision-log-writer")))) {
				continue;
			}
			(sample ? cpu : allocation).add(event.getStackTrace(), sample ? 1 : event.getLong("weight"),
					(only != null) ? only : thread.startsWith("http") ? "request threads" : "log writer");
		}
		cpu.print("CPU samples", "samples");
		allocation.print("allocation", "bytes");
	}

	private static boolean within(Instant at, LocalTime from, LocalTime to) {
		LocalTime time = LocalTime.ofInstant(at, ZoneOffset.UTC);
		return !time.isBefore(from) && !time.isAfter(to);
	}

	private static String name(RecordedFrame frame) {
		return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
	}

	/** Weights by top frame, by named frame anywhere on the stack, and by thread. */
	private static final class Shares {

		private final List<String> named;

		private final Map<String, Long> self = new HashMap<>();

		private final Map<String, Long> inclusive = new HashMap<>();

		private final Map<String, Long> threads = new HashMap<>();

		private final Map<String, Long> innermost = new HashMap<>();

		private final Map<String, Map<String, Long>> callers = new HashMap<>();

		private long total;

		Shares(List<String> named) {
			this.named = named;
		}

		void add(RecordedStackTrace stack, long weight, String thread) {
			if (stack == null || stack.getFrames().isEmpty()) {
				return;
			}
			total += weight;
			threads.merge(thread, weight, Long::sum);
			List<RecordedFrame> frames = stack.getFrames();
			self.merge(name(frames.get(0)), weight, Long::sum);
			callers.computeIfAbsent(name(frames.get(0)), (top) -> new HashMap<>())
				.merge(caller(frames), weight, Long::sum);
			Set<String> seen = new LinkedHashSet<>();
			for (RecordedFrame frame : frames) {
				String name = name(frame);
				for (String wanted : named) {
					if (name.endsWith(wanted)) {
						seen.add(wanted);
					}
				}
			}
			seen.forEach((wanted) -> inclusive.merge(wanted, weight, Long::sum));
			innermost.merge(seen.isEmpty() ? "(none of them)" : seen.iterator().next(), weight, Long::sum);
		}

		void print(String title, String unit) {
			System.out.printf("%s: %,d %s%n", title, total, unit);
			threads.forEach((thread, weight) -> System.out.printf("  %5.1f%% %s%n", share(weight), thread));
			System.out.println(" top frames (self):");
			sorted(self).stream().limit(TOP).forEach((entry) -> {
				System.out.printf("  %5.1f%% %s%n", share(entry.getValue()), entry.getKey());
				sorted(callers.get(entry.getKey())).stream()
					.limit(3)
					.forEach((caller) -> System.out.printf("         %5.1f%% from %s%n", share(caller.getValue()),
							caller.getKey()));
			});
			System.out.println(" named frames (inclusive):");
			named.forEach(
					(wanted) -> System.out.printf("  %5.1f%% %s%n", share(inclusive.getOrDefault(wanted, 0L)), wanted));
		}

		/** The innermost frame outside the JDK, below the top one. */
		private static String caller(List<RecordedFrame> frames) {
			for (RecordedFrame frame : frames.subList(1, frames.size())) {
				String name = name(frame);
				if (!name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("sun.")) {
					return name;
				}
			}
			return "(the JDK)";
		}

		private double share(long weight) {
			return total == 0 ? 0 : 100.0 * weight / total;
		}

		private static List<Map.Entry<String, Long>> sorted(Map<String, Long> weights) {
			List<Map.Entry<String, Long>> entries = new ArrayList<>(weights.entrySet());
			entries.sort(Map.Entry.<String, Long>comparingByValue().reversed());
			return entries;
		}

	}

}
