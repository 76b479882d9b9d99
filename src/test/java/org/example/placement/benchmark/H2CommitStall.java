package org.example.placement.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.Ranking;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.ledger.LedgerWork;

/**
 * What the H2 file's compaction costs the decisions committing beside it (not JMH; not a
 * test): x50 decisions recorded at a fixed rate, open loop (each one's latency counted
 * from when it was due, so a stall delays every decision due during it), into a log on a
 * new H2 file with the service's settings, with the service's compaction run every
 * {@code compact-every} ms (0: never) on a low-priority thread as the service runs it.
 * Prints the latency of {@code record} (queueing for the writer and the group's commit),
 * the writer thread's CPU a decision, the compaction's steps and its longest (the store
 * lock held), and the file's size a decision. Args: rate a second, seconds, compact-every
 * ms (default 40 60 1000); 10 s of warm-up at the same rate first.
 */
public final class H2CommitStall {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private H2CommitStall() {
	}

	public static void main(String[] args) throws Exception {
		BenchmarkData.quietLogging();
		int rate = BenchmarkData.intArg(args, 0, 40);
		int seconds = BenchmarkData.intArg(args, 1, 60);
		long compactEvery = args.length > 2 ? Long.parseLong(args[2]) : 1000;
		DroolsRuleEngine engine = new DroolsRuleEngine(BenchmarkData.rulesDir(), BuildMode.MVEL, Clock.systemUTC());
		DecisionRequest request = BenchmarkData.request(50);
		Decision decision = new PlacementDecider(engine, new BenchmarkData.FixedGeography()).decide(request, "D-BENCH",
				Ranking.Method.STATUTORY_FIRST);
		engine.close();
		Path dir = Files.createTempDirectory("h2-commit-stall");
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl(LedgerWork.h2Url(dir.resolve("placement-ledger"), ""));
			pool.setUsername("sa");
			DecisionLog log = LedgerWork.log(pool);
			List<Long> steps = Collections.synchronizedList(new ArrayList<>());
			ScheduledExecutorService compactor = compacting(pool, compactEvery, steps);
			drive(log, request, decision, rate, 10);
			steps.clear();
			Thread writer = thread("decision-log-writer");
			long writerBefore = THREADS.getThreadCpuTime(writer.getId());
			long[] latencies = drive(log, request, decision, rate, seconds);
			double writerMs = (THREADS.getThreadCpuTime(writer.getId()) - writerBefore) / 1e6;
			compactor.shutdown();
			compactor.awaitTermination(30, TimeUnit.SECONDS);
			long file = Files.size(dir.resolve("placement-ledger.mv.db"));
			int total = (10 + seconds) * rate;
			System.out.printf(
					"h2, %d/s for %d s, compaction every %d ms: record latency ms p50 %.1f p99 %.1f p99.9 %.1f max %.1f; "
							+ "writer CPU ms/decision %.3f; compaction %s; file %d bytes a decision (%s)%n",
					rate, seconds, compactEvery, ms(latencies, 0.50), ms(latencies, 0.99), ms(latencies, 0.999),
					latencies[latencies.length - 1] / 1e6, writerMs / latencies.length, steps(steps), file / total,
					fill(pool));
		}
		finally {
			try (var paths = Files.walk(dir)) {
				paths.sorted((a, b) -> b.compareTo(a)).forEach((p) -> p.toFile().delete());
			}
		}
	}

	/** How full the file is, and how live its chunks are, as H2 counts them. */
	private static String fill(HikariDataSource pool) throws Exception {
		StringBuilder fill = new StringBuilder();
		try (Connection connection = pool.getConnection();
				ResultSet result = connection.createStatement()
					.executeQuery(
							"SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME"
									+ " IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE', 'info.CHUNKS_FILL_RATE_RW', 'info.CHUNK_COUNT',"
									+ " 'info.OLDEST_VERS_TO_KEEP', 'info.VERSION') ORDER BY 1")) {
			while (result.next()) {
				fill.append(result.getString(1).substring("info.".length()))
					.append(' ')
					.append(result.getString(2))
					.append(' ');
			}
		}
		return fill.toString().trim();
	}

	private static ScheduledExecutorService compacting(HikariDataSource pool, long every, List<Long> steps) {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "h2-file-compaction");
			thread.setDaemon(true);
			thread.setPriority(Thread.MIN_PRIORITY);
			return thread;
		});
		if (every > 0) {
			LedgerWork.Compaction compaction = LedgerWork.compaction(pool);
			executor.scheduleWithFixedDelay(() -> {
				long[] run = compaction.once();
				if (run[0] > 0) {
					steps.add(run[1]);
				}
			}, every, every, TimeUnit.MILLISECONDS);
		}
		return executor;
	}

	/**
	 * Records {@code rate} decisions a second for {@code seconds}, each on its own thread
	 * when it is due; their latencies from when each was due, sorted.
	 */
	private static long[] drive(DecisionLog log, DecisionRequest request, Decision decision, int rate, int seconds)
			throws Exception {
		int count = rate * seconds;
		long[] latencies = new long[count];
		ExecutorService callers = Executors.newCachedThreadPool();
		long start = System.nanoTime();
		long period = 1_000_000_000L / rate;
		for (int i = 0; i < count; i++) {
			long due = start + i * period;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			int n = i;
			callers.execute(() -> {
				log.record(request, withId(decision, "D-" + due + "-" + n), "benchmark");
				latencies[n] = System.nanoTime() - due;
			});
		}
		callers.shutdown();
		callers.awaitTermination(120, TimeUnit.SECONDS);
		Arrays.sort(latencies);
		return latencies;
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))] / 1e6;
	}

	private static String steps(List<Long> longest) {
		if (longest.isEmpty()) {
			return "no step";
		}
		long max = longest.stream().mapToLong(Long::longValue).max().orElse(0);
		return String.format("%d runs with steps, longest step %.1f ms", longest.size(), max / 1e6);
	}

	private static Thread thread(String name) {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((t) -> t.getName().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static Decision withId(Decision d, String id) {
		return new Decision(id, d.rulesetVersion(), d.asOf(), d.responsibleAuthority(), d.candidates(), d.comparisons(),
				d.trace(), d.rankingMethod(), d.notifications(), d.duties(), d.rules());
	}

}
