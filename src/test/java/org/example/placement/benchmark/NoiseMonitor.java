package org.example.placement.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import com.sun.management.OperatingSystemMXBean;

/**
 * Prints, after every iteration, how much CPU other processes used meanwhile:
 * {@code [noise] iteration 7 other=0.03 cores}. On a small shared machine (2 cores,
 * builds running beside the benchmark) that tells a quiet iteration from a contended one,
 * so figures can be taken from quiet iterations only. Linux only ({@code /proc/stat});
 * silent elsewhere.
 */
@State(Scope.Thread)
public class NoiseMonitor {

	/**
	 * Kernel clock ticks per second as /proc/stat counts them (USER_HZ, 100 on Linux).
	 */
	private static final double TICK_NANOS = 1e9 / 100;

	private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

	private int iteration;

	private long busyTicks;

	private long ownNanos;

	private long wallNanos;

	@Setup(Level.Iteration)
	public void start() {
		busyTicks = busyTicks();
		ownNanos = os.getProcessCpuTime();
		wallNanos = System.nanoTime();
	}

	@TearDown(Level.Iteration)
	public void stop() {
		iteration++;
		long busy = busyTicks();
		if (busy < 0 || busyTicks < 0) {
			return;
		}
		double wall = System.nanoTime() - wallNanos;
		double others = (busy - busyTicks) * TICK_NANOS - (os.getProcessCpuTime() - ownNanos);
		System.out.printf(Locale.ROOT, "[noise] iteration %d other=%.2f cores%n", iteration,
				Math.max(0, others / wall));
	}

	/**
	 * Non-idle ticks of all CPUs since boot (idle and iowait count as idle); -1 when
	 * unknown.
	 */
	private static long busyTicks() {
		try {
			String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long busy = 0;
			for (int i = 1; i < Math.min(f.length, 9); i++) {
				if (i != 4 && i != 5) {
					busy += Long.parseLong(f[i]);
				}
			}
			return busy;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

}
