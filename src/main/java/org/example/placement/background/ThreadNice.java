package org.example.placement.background;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import org.jspecify.annotations.Nullable;

/**
 * The calling thread's nice value on Linux, where it is a thread's own (NPTL), set with
 * {@code setpriority(PRIO_PROCESS, tid, nice)} through JNA: the JVM passes Java thread
 * priorities on to Linux only with {@code -XX:ThreadPriorityPolicy=1}, and then both ways
 * (as root it also raises its own GC and compiler threads).
 */
final class ThreadNice {

	/** {@code PRIO_PROCESS}: with a thread id, that one thread on Linux. */
	private static final int PRIO_PROCESS = 0;

	private static final Path THREAD_SELF = Path.of("/proc/thread-self");

	private ThreadNice() {
	}

	/**
	 * Sets the calling thread's nice value, unless it is that low already (a JVM started
	 * under {@code nice} keeps its own); null when it is, else why not.
	 */
	static @Nullable String set(int nice) {
		if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
			return "not Linux";
		}
		try {
			// /proc/thread-self is a link to <pid>/task/<tid>
			Path self = THREAD_SELF.resolveSibling(Files.readSymbolicLink(THREAD_SELF));
			if (current(self.resolve("stat")) < nice) {
				Libc.INSTANCE.setpriority(PRIO_PROCESS, Integer.parseInt(self.getFileName().toString()), nice);
			}
			return null;
		}
		catch (IOException | RuntimeException | LinkageError ex) {
			// LinkageError: JNA missing, or its native library not loadable (no writable
			// temporary directory); LastErrorException (a RuntimeException): refused
			return ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
	}

	/**
	 * A thread's nice value: field 19 of its {@code stat}, counted after its name (field
	 * 2, in parentheses, which may hold spaces).
	 */
	private static int current(Path stat) throws IOException {
		String text = Files.readString(stat);
		return Integer.parseInt(text.substring(text.lastIndexOf(')') + 2).split(" ")[19 - 3]);
	}

	/** libc, loaded when a thread is first lowered. */
	private interface Libc extends Library {

		Libc INSTANCE = Native.load("c", Libc.class);

		int setpriority(int which, int who, int prio) throws LastErrorException;

	}

}
