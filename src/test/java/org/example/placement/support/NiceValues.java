package org.example.placement.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Threads' nice values as Linux sees them: field 19 of a task's {@code stat} in
 * {@code /proc}, each thread a task of its own.
 */
public final class NiceValues {

	private static final Path THREAD_SELF = Path.of("/proc/thread-self/stat");

	private static final Path TASKS = Path.of("/proc/self/task");

	/** Linux truncates a thread's name to 15 bytes. */
	private static final int NAME_LENGTH = 15;

	private NiceValues() {
	}

	/** Whether this machine shows threads' nice values (Linux 3.17 and later). */
	public static boolean readable() {
		return Files.isReadable(THREAD_SELF);
	}

	/**
	 * Whether threads' nice values are shown and the calling thread runs above
	 * {@code nice} (a test run under {@code nice} cannot see a thread lowered to it).
	 */
	public static boolean shownAndAbove(int nice) {
		return readable() && ofCurrentThread() < nice;
	}

	/** The calling thread's nice value. */
	public static int ofCurrentThread() {
		return niceIn(THREAD_SELF);
	}

	/** The nice values of this process's threads of that name, one each. */
	public static List<Integer> ofThreadsNamed(String name) {
		String shown = name.substring(0, Math.min(name.length(), NAME_LENGTH));
		try (Stream<Path> tasks = Files.list(TASKS)) {
			return tasks.filter((task) -> shown.equals(read(task.resolve("comm")).strip()))
				.map((task) -> niceIn(task.resolve("stat")))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int niceIn(Path stat) {
		String text = read(stat);
		// the name, field 2, is in parentheses and may hold spaces: count from after it
		String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
		return Integer.parseInt(fields[19 - 3]);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			// a thread that ended between the listing and the read
			return "";
		}
	}

}
