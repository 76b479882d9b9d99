package org.example.placement.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU (user and kernel) and the time one note of the chain witness costs, as the
 * log's writer thread writes one after each group commit (not JMH; not a test):
 * {@code calls} notes in a row into a new file, four rounds, then the file. The witness
 * is reached by reflection ({@code ChainWitness.at(Path)},
 * {@code witness(long, String)}), so the same class measures an older checkout's witness
 * on its classes:
 * {@code java -cp <checkout>/target/classes:<slf4j-api jar>:target/test-classes}. Args:
 * calls a round (default 20000).
 */
public final class WitnessCpu {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private WitnessCpu() {
	}

	public static void main(String[] args) throws Exception {
		int calls = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
		Class<?> type = Class.forName("org.example.placement.ledger.ChainWitness");
		Method at = type.getDeclaredMethod("at", Path.class);
		Method witness = type.getDeclaredMethod("witness", long.class, String.class);
		at.setAccessible(true);
		witness.setAccessible(true);
		Path file = Files.createTempDirectory("witness-cpu").resolve("ledger-witness");
		Object note = at.invoke(null, file);
		String hash = "sha256:" + "ab".repeat(32);
		long sequence = 0;
		for (int round = 0; round < 4; round++) {
			long cpu = THREADS.getCurrentThreadCpuTime();
			long user = THREADS.getCurrentThreadUserTime();
			long wall = System.nanoTime();
			for (int i = 0; i < calls; i++) {
				witness.invoke(note, ++sequence, hash);
			}
			cpu = THREADS.getCurrentThreadCpuTime() - cpu;
			user = THREADS.getCurrentThreadUserTime() - user;
			wall = System.nanoTime() - wall;
			System.out.printf("round %d: %d notes, CPU us a note %.2f (user %.2f, kernel %.2f), time us a note %.2f%n",
					round, calls, cpu / 1e3 / calls, user / 1e3 / calls, (cpu - user) / 1e3 / calls,
					wall / 1e3 / calls);
		}
		System.out.print(Files.readString(file));
	}

}
