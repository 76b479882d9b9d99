package org.example.placement.benchmark.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The service's CPU so far by kind of thread, from {@code /proc/<pid>/task/<tid>/stat}
 * (user and system ticks) and each thread's name ({@code comm}): the request threads, the
 * decision log's writer, H2's file compaction, the garbage collector, the JIT compilers
 * and the rest. Two readings, one before a phase and one after, say what the phase's CPU
 * went to; above all, how much of it the JIT compilers took, which says whether the phase
 * measured a warm service or one still compiling (README "Measured end to end", steady
 * state). A thread that ended between the readings is not counted, so the groups may add
 * up to a little less than the process's own figure.
 */
record ThreadGroups(Map<String, Long> ticks) {

	/** Clock ticks a second ({@code getconf CLK_TCK}; 100 on Linux). */
	private static final double TICK_MILLIS = 10;

	/** The groups, in the order they are printed, each with the thread names it takes. */
	private static final List<String> GROUPS = List.of("requests", "log writer", "H2 compaction", "GC", "JIT", "other");

	static final ThreadGroups NONE = new ThreadGroups(Map.of());

	/**
	 * Each thread's ticks so far, keyed by thread id, grouped when {@link #minus} is
	 * called.
	 */
	static ThreadGroups of(long pid) {
		Map<String, Long> ticks = new LinkedHashMap<>();
		try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
			for (Path task : tasks) {
				read(task, ticks);
			}
			return new ThreadGroups(ticks);
		}
		catch (IOException | RuntimeException ex) {
			return NONE;
		}
	}

	private static void read(Path task, Map<String, Long> ticks) {
		try {
			String name = Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).strip();
			String stat = Files.readString(task.resolve("stat"), StandardCharsets.UTF_8);
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// after the name: state is field 3, utime 14 and stime 15 of the whole line
			long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			ticks.put(task.getFileName() + "|" + group(name), used);
		}
		catch (IOException | RuntimeException ex) {
			// the thread ended while it was read: it is left out
		}
	}

	static String group(String threadName) {
		if (threadName.startsWith("http-nio")) {
			return "requests";
		}
		if (threadName.startsWith("decision-log-wr")) {
			return "log writer";
		}
		if (threadName.startsWith("h2-file-compact")) {
			return "H2 compaction";
		}
		if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ")) {
			return "GC";
		}
		if (threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler")) {
			return "JIT";
		}
		return "other";
	}

	/**
	 * CPU milliseconds by group between {@code before} and this reading; all zero
	 * (printed as not known) when either reading failed.
	 */
	Map<String, Double> minus(ThreadGroups before) {
		Map<String, Double> millis = new LinkedHashMap<>();
		GROUPS.forEach((group) -> millis.put(group, 0.0));
		if (before.ticks.isEmpty()) {
			return millis; // the first reading failed: nothing is known of the phase
		}
		ticks.forEach((thread, used) -> millis.merge(thread.substring(thread.indexOf('|') + 1),
				(used - before.ticks.getOrDefault(thread, 0L)) * TICK_MILLIS, Double::sum));
		return millis;
	}

	/** The share of the JIT compilers in CPU {@code millis} by group. */
	static double jitShare(Map<String, Double> millis) {
		double total = millis.values().stream().mapToDouble(Double::doubleValue).sum();
		return total == 0 ? 0 : millis.getOrDefault("JIT", 0.0) / total;
	}

	/**
	 * One line for a phase of {@code answers} answers: each group's share and ms an
	 * answer.
	 */
	static String line(String phase, Map<String, Double> millis, int answers) {
		double total = millis.values().stream().mapToDouble(Double::doubleValue).sum();
		if (total == 0) {
			return "CPU by thread in " + phase + ": not known";
		}
		return "CPU by thread in " + phase + ": "
				+ millis.entrySet()
					.stream()
					.map((group) -> String.format("%s %.0f%% (%.2f ms)", group.getKey(), 100 * group.getValue() / total,
							group.getValue() / Math.max(1, answers)))
					.collect(Collectors.joining(", "))
				+ " an answer";
	}

}
