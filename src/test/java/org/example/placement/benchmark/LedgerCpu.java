package org.example.placement.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionIds;
import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.Ranking;
import org.example.placement.decision.Sha256;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.ledger.LedgerWork;

/**
 * The CPU the decision log spends on a decision, by thread (not JMH; not a test): on the
 * calling thread, writing the record's three texts and compressing them, 1 child x 50 and
 * x 1,000 (the benchmark requests), with a digest of the bytes (a change must leave it
 * alone); then, with {@code threads} callers recording x 50 decisions for {@code seconds}
 * into a log on a new H2 file (the service's settings) or a new PostgreSQL (zonky), with
 * a chain witness file as the service keeps one, the callers' CPU and the writer thread's
 * per decision, and on H2 the file's growth per decision. Args: {@code h2|postgres},
 * warm-up seconds, calls per size, callers, seconds (default h2 10 200 8 10), then
 * optionally the rate of decisions a second in all (0, the default: as fast as the
 * callers go) and how often, in seconds, the service's H2 file compaction runs on its own
 * thread, whose CPU is then counted too (0, the default: never; with it, the log is
 * written for at least 60 s before measuring, as the compaction rewrites only chunks
 * older than H2's retention time, 45 s), then optionally H2 settings
 * ({@code NAME=value;...}) added to the service's ({@code LedgerWork.h2Url}) or replacing
 * them. Each decision has a time-ordered id, as the service gives it
 * ({@code DecisionIds}), or a random one with {@code -Dledger.ids=random} (as before).
 */
public final class LedgerCpu {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final boolean RANDOM_IDS = "random".equals(System.getProperty("ledger.ids"));

	private LedgerCpu() {
	}

	public static void main(String[] args) throws Exception {
		BenchmarkData.quietLogging();
		String store = args.length > 0 ? args[0] : "h2";
		int warmup = BenchmarkData.intArg(args, 1, 10);
		int calls = BenchmarkData.intArg(args, 2, 200);
		int callers = BenchmarkData.intArg(args, 3, 8);
		int seconds = BenchmarkData.intArg(args, 4, 10);
		DroolsRuleEngine engine = new DroolsRuleEngine(BenchmarkData.rulesDir(), BuildMode.MVEL, Clock.systemUTC());
		PlacementDecider decider = new PlacementDecider(engine, new BenchmarkData.FixedGeography());
		DecisionRequest request50 = BenchmarkData.request(50);
		Decision decision50 = decider.decide(request50, "D-BENCH", Ranking.Method.STATUTORY_FIRST);
		for (int size : new int[] { 50, 1000 }) {
			DecisionRequest request = BenchmarkData.request(size);
			Decision decision = decider.decide(request, "D-BENCH", Ranking.Method.STATUTORY_FIRST);
			Object texts = LedgerWork.texts(request, decision);
			byte[][] bytes = LedgerWork.bytes(texts);
			Supplier<Object> write = () -> LedgerWork.texts(request, decision);
			Supplier<Object> compress = () -> LedgerWork.payload(texts);
			long end = System.nanoTime() + warmup * 1_000_000_000L;
			while (System.nanoTime() < end) {
				write.get();
				compress.get();
			}
			int n = size >= 1000 ? Math.max(20, calls / 10) : calls;
			System.out.printf("x%d texts %s; compress %s; bytes %d/%d/%d -> %d; digest texts %s payload %s%n", size,
					cpu(write, n), cpu(compress, n), bytes[0].length, bytes[1].length, bytes[2].length,
					LedgerWork.payload(texts).length, digest(bytes),
					digest(new byte[][] { LedgerWork.payload(texts) }));
		}
		engine.close();
		int rate = BenchmarkData.intArg(args, 5, 0);
		int compactEvery = BenchmarkData.intArg(args, 6, 0);
		String settings = args.length > 7 ? args[7] : "";
		record(store + (settings.isEmpty() ? "" : " " + settings), request50, decision50, callers, warmup, seconds,
				rate, compactEvery);
	}

	private static void record(String store, DecisionRequest request, Decision decision, int callers, int warmup,
			int seconds, int rate, int compactEvery) throws Exception {
		Path dir = Files.createTempDirectory("ledger-cpu");
		EmbeddedPostgres postgres = store.equals("postgres") ? EmbeddedPostgres.builder().start() : null;
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl((postgres != null) ? postgres.getJdbcUrl("postgres", "postgres")
					: LedgerWork.h2Url(dir.resolve("placement-ledger"), store.substring(2).trim()));
			pool.setUsername(postgres != null ? "postgres" : "sa");
			pool.setMaximumPoolSize(4);
			LongAdder groups = new LongAdder();
			DecisionLog log = LedgerWork.log(pool, dir.resolve("ledger-witness"), (size) -> groups.increment());
			try (AutoCloseable compaction = LedgerWork.compactEvery(pool, Duration.ofSeconds(compactEvery))) {
				// the compaction rewrites only chunks older than H2's retention time (45
				// s)
				int warmRecording = (compactEvery > 0) ? Math.max(warmup, 60) : warmup;
				long warmed = run(log, request, decision, callers, warmRecording, rate)[0];
				Path file = dir.resolve("placement-ledger.mv.db");
				long fileBefore = (postgres != null) ? 0 : Files.size(file);
				long writerBefore = threadCpu("decision-log-writer");
				long compactionBefore = threadCpu("h2-file-compaction");
				long groupsBefore = groups.sum();
				long[] measured = run(log, request, decision, callers, seconds, rate);
				double writerMs = (threadCpu("decision-log-writer") - writerBefore) / 1e6;
				double compactionMs = (threadCpu("h2-file-compaction") - compactionBefore) / 1e6;
				long fileAfter = (postgres != null) ? 0 : Files.size(file);
				System.out.printf(
						"%s, %d callers%s, x50: %d decisions in %d s, %.1f a group; CPU ms/decision: callers %.3f, writer %.3f, H2 compaction (every %d s) %.3f; file: grew %.1f KB a decision, %.1f KB a decision in all; verifies %s%n",
						store, callers, (rate > 0) ? " at " + rate + "/s" : "", measured[0], seconds,
						(double) measured[0] / (groups.sum() - groupsBefore), measured[1] / 1e6 / measured[0],
						writerMs / measured[0], compactEvery, compactionMs / measured[0],
						(fileAfter - fileBefore) / 1024.0 / measured[0], fileAfter / 1024.0 / (warmed + measured[0]),
						LedgerWork.verifies(log));
			}
		}
		finally {
			if (postgres != null) {
				postgres.close();
			}
			deleteAll(dir);
		}
	}

	/** The CPU nanoseconds of the thread of that name so far; 0 when there is none. */
	static long threadCpu(String name) {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((t) -> t.getName().equals(name))
			.mapToLong((t) -> THREADS.getThreadCpuTime(t.getId()))
			.sum();
	}

	/**
	 * Decisions recorded and the callers' CPU nanoseconds spent in {@code record}; at
	 * {@code rate} decisions a second in all when above 0, each caller sending on its own
	 * schedule (as fast as it can when behind).
	 */
	static long[] run(DecisionLog log, DecisionRequest request, Decision decision, int callers, int seconds, int rate)
			throws Exception {
		long start = System.nanoTime();
		long end = start + seconds * 1_000_000_000L;
		long every = (rate > 0) ? callers * 1_000_000_000L / rate : 0;
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		List<Future<long[]>> results = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			long first = start + i * every / callers;
			results.add(pool.submit(() -> {
				long count = 0;
				long cpu = 0;
				for (long due = first; System.nanoTime() < end; due += every) {
					LockSupport.parkNanos(due - System.nanoTime());
					// an id as the service gives each decision (time-ordered); with
					// -Dledger.ids=random, random ones, as it gave them before
					Decision one = withId(decision, RANDOM_IDS ? UUID.randomUUID().toString() : DecisionIds.next());
					long before = THREADS.getCurrentThreadCpuTime();
					log.record(request, one, "benchmark");
					cpu += THREADS.getCurrentThreadCpuTime() - before;
					count++;
				}
				return new long[] { count, cpu };
			}));
		}
		long[] total = new long[2];
		for (Future<long[]> result : results) {
			total[0] += result.get()[0];
			total[1] += result.get()[1];
		}
		pool.shutdown();
		return total;
	}

	static Decision withId(Decision d, String id) {
		return new Decision(id, d.rulesetVersion(), d.asOf(), d.responsibleAuthority(), d.candidates(), d.comparisons(),
				d.trace(), d.rankingMethod(), d.notifications(), d.duties(), d.rules());
	}

	private static String cpu(Supplier<Object> call, int n) {
		ThreadCpu cpu = ThreadCpu.of(call, n);
		return String.format("CPU ms mean %.3f p50 %.3f, allocated %.0f KB (n=%d)", cpu.meanNanos() / 1e6,
				cpu.p50Nanos() / 1e6, cpu.meanAllocatedBytes() / 1e3, n);
	}

	private static String digest(byte[][] parts) {
		StringBuilder all = new StringBuilder();
		for (byte[] part : parts) {
			all.append(Sha256.of(part));
		}
		return Sha256.of(all.toString()).substring(Sha256.PREFIX.length(), Sha256.PREFIX.length() + 16);
	}

	static void deleteAll(Path dir) throws IOException {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted((a, b) -> b.compareTo(a)).forEach((p) -> p.toFile().delete());
		}
	}

}
