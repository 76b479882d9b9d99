package org.example.placement.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionIds;
import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.Ranking;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.ledger.LedgerWork;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;

/**
 * What each commit of the H2 decision log writes into its file, map by map (not JMH; not
 * a test): x50 decisions, each with a time-ordered id as the service gives it
 * ({@code DecisionIds}), recorded at {@code rate} a second in bursts of {@code burst}
 * callers released together (so a commit holds about as many whatever the machine's load)
 * into a log on a new H2 file with the service's settings ({@code LedgerWork.h2Url}, plus
 * or instead of {@code settings}) and its compaction; prints the writer thread's CPU a
 * decision and a commit over the last {@code window} seconds. Then, with the writes
 * stopped, a copy of the file is read page by page ({@code MVStoreTool.dump}) and, for
 * the chunks (one a commit) of the last {@code window} seconds, prints per commit the
 * pages, entries and bytes of each map: map 0 is H2's {@code layout} (one String entry
 * per chunk of the file, holding that chunk's metadata, and one per map root), then each
 * table and index map by name, with the file's chunk count, and the bytes a decision in
 * all. Commits of more than 256 KB (the compaction's steps) are counted apart. Args:
 * rate, seconds, compact-every seconds (0 never), window seconds, H2 settings
 * ({@code NAME=value;...}), burst (default 150 60 0 20 "" 3).
 */
public final class H2ChunkCensus {

	private static final Pattern CHUNK = Pattern.compile("chunkHeader chunk:([0-9a-f]+),.*\\btime:([0-9a-f]+),");

	private static final Pattern PAGE = Pattern
		.compile("^\\+[0-9a-f]+ (leaf|node)[a-z ]*, map ([0-9a-f]+), (\\d+) entries, (\\d+) bytes");

	private static final int LARGE = 256 * 1024;

	private H2ChunkCensus() {
	}

	public static void main(String[] args) throws Exception {
		BenchmarkData.quietLogging();
		int rate = BenchmarkData.intArg(args, 0, 150);
		int seconds = BenchmarkData.intArg(args, 1, 60);
		int compactEvery = BenchmarkData.intArg(args, 2, 0);
		int window = BenchmarkData.intArg(args, 3, 20);
		String settings = args.length > 4 ? args[4] : "";
		int burst = BenchmarkData.intArg(args, 5, 3);
		DroolsRuleEngine engine = new DroolsRuleEngine(BenchmarkData.rulesDir(), BuildMode.MVEL, Clock.systemUTC());
		DecisionRequest request = BenchmarkData.request(50);
		Decision decision = new PlacementDecider(engine, new BenchmarkData.FixedGeography()).decide(request, "D-BENCH",
				Ranking.Method.STATUTORY_FIRST);
		engine.close();
		Path dir = Files.createTempDirectory("h2-chunk-census");
		double perCommit;
		try {
			Path copy = dir.resolve("copy.mv.db");
			try (HikariDataSource pool = new HikariDataSource()) {
				pool.setJdbcUrl(LedgerWork.h2Url(dir.resolve("placement-ledger"), settings));
				pool.setUsername("sa");
				pool.setMaximumPoolSize(4);
				List<long[]> groups = Collections.synchronizedList(new ArrayList<>());
				DecisionLog log = LedgerWork.log(pool, dir.resolve("ledger-witness"),
						(size) -> groups.add(new long[] { System.nanoTime(), size }));
				long[] done;
				try (AutoCloseable compaction = LedgerWork.compactEvery(pool, Duration.ofSeconds(compactEvery))) {
					done = bursts(log, request, decision, burst, seconds, rate, window);
				}
				long from = System.nanoTime() - window * 1_000_000_000L;
				perCommit = groups.stream().filter((g) -> g[0] >= from).mapToLong((g) -> g[1]).average().orElse(1);
				System.out.printf("writer CPU in the last %d s: %.3f ms a decision, %.3f ms a commit%n", window,
						done[1] / 1e6 / done[2], done[1] / 1e6 / done[2] * perCommit);
				// the writes have stopped: the file is as the last commit left it
				Files.copy(dir.resolve("placement-ledger.mv.db"), copy);
				System.out.printf(
						"h2 (%s), %d/s for %d s, compaction every %d s: %d decisions, file %.1f KB a decision%n",
						pool.getJdbcUrl().replaceAll(".*placement-ledger;", ""), rate, seconds, compactEvery, done[0],
						Files.size(copy) / 1024.0 / done[0]);
			}
			census(copy, dir.resolve("dump.txt"), window, perCommit);
		}
		finally {
			LedgerCpu.deleteAll(dir);
		}
	}

	/**
	 * Records {@code rate} decisions a second for {@code seconds} in bursts of
	 * {@code burst} at once (one thread each, released together), so that each commit
	 * holds about that many whatever the machine's load: decisions recorded and 0.
	 */
	private static long[] bursts(DecisionLog log, DecisionRequest request, Decision decision, int burst, int seconds,
			int rate, int window) throws Exception {
		ExecutorService callers = Executors.newFixedThreadPool(burst);
		long every = burst * 1_000_000_000L / rate;
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		long count = 0;
		long measuredFrom = end - window * 1_000_000_000L;
		long[] writer = { -1, 0 };
		for (long due = System.nanoTime(); due < end; due += every) {
			LockSupport.parkNanos(due - System.nanoTime());
			if (writer[0] < 0 && due >= measuredFrom) {
				writer[0] = LedgerCpu.threadCpu("decision-log-writer");
				writer[1] = count;
			}
			CountDownLatch go = new CountDownLatch(1);
			List<Future<?>> calls = new ArrayList<>();
			for (int i = 0; i < burst; i++) {
				calls.add(callers.submit(() -> {
					go.await();
					log.record(request, LedgerCpu.withId(decision, DecisionIds.next()), "benchmark");
					return null;
				}));
			}
			// the callers are all waiting on the latch (mostly): they queue together
			LockSupport.parkNanos(200_000);
			go.countDown();
			for (Future<?> call : calls) {
				call.get();
			}
			count += burst;
		}
		callers.shutdown();
		return new long[] { count, LedgerCpu.threadCpu("decision-log-writer") - writer[0], count - writer[1] };
	}

	private static void census(Path file, Path dump, int window, double perCommit) throws IOException {
		Map<Integer, String> names = names(file);
		try (Writer out = Files.newBufferedWriter(dump)) {
			MVStoreTool.dump(file.toString(), out, true);
		}
		Map<Integer, Chunk> chunks = new HashMap<>();
		Chunk current = null;
		try (BufferedReader lines = Files.newBufferedReader(dump)) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				Matcher chunk = CHUNK.matcher(line);
				if (chunk.find()) {
					current = new Chunk(Long.parseLong(chunk.group(2), 16));
					// a later copy of the same chunk id (the space reused) replaces it
					Chunk earlier = chunks.get(Integer.parseInt(chunk.group(1), 16));
					if (earlier == null || earlier.time <= current.time) {
						chunks.put(Integer.parseInt(chunk.group(1), 16), current);
					}
					continue;
				}
				Matcher page = PAGE.matcher(line);
				if (current != null && page.find()) {
					current.add(Integer.parseInt(page.group(2), 16), page.group(1).equals("leaf"),
							Integer.parseInt(page.group(3)), Integer.parseInt(page.group(4)));
				}
			}
		}
		long last = chunks.values().stream().mapToLong((c) -> c.time).max().orElse(0);
		for (boolean large : new boolean[] { false, true }) {
			Map<Integer, long[]> byMap = new TreeMap<>();
			long[] count = new long[1];
			chunks.values()
				.stream()
				.filter((c) -> c.time > last - window * 1000L && (c.bytes() > LARGE) == large)
				.forEach((c) -> {
					count[0]++;
					c.maps.forEach((map, sums) -> {
						long[] all = byMap.computeIfAbsent(map, (m) -> new long[5]);
						for (int i = 0; i < 5; i++) {
							all[i] += sums[i];
						}
					});
				});
			System.out.printf("%d %s commits in the last %d s (%d chunks in the file)%s, a commit:%n", count[0],
					large ? "large (> 256 KB)" : "small", window, chunks.size(),
					large ? "" : String.format(", %.1f decisions a commit", perCommit));
			byMap.forEach((map, sums) -> System.out.printf(
					"  map %-4x %-34s leaves %6.1f (%7.1f entries) nodes %5.1f (%6.1f entries), %8.0f bytes%n", map,
					names.getOrDefault(map, "?"), sums[0] / (double) count[0], sums[1] / (double) count[0],
					sums[2] / (double) count[0], sums[3] / (double) count[0], sums[4] / (double) count[0]));
			if (!large && count[0] > 0) {
				double bytes = byMap.values().stream().mapToLong((sums) -> sums[4]).sum() / (double) count[0];
				long[] layout = byMap.getOrDefault(0, new long[5]);
				System.out.printf("  all maps %.0f bytes a commit, %.0f a decision; layout %.1f entries a decision%n",
						bytes, bytes / perCommit, (layout[1] + layout[3]) / (double) count[0] / perCommit);
			}
		}
	}

	/**
	 * The maps' names by id: {@code layout}, {@code meta}, then H2's table and index
	 * maps.
	 */
	private static Map<Integer, String> names(Path file) {
		Map<Integer, String> names = new HashMap<>();
		try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
			names.put(store.getMetaMap().getId(), "meta");
			for (String name : store.getMapNames()) {
				String id = store.getMetaMap().get("name." + name);
				if (id != null) {
					names.put(Integer.parseInt(id, 16), name);
				}
			}
			long entries = store.getLayoutMap().keySet().stream().filter((k) -> k.startsWith("chunk.")).count();
			names.put(0, "layout, " + entries + " chunk entries");
		}
		return names;
	}

	/** One chunk's pages by map: leaves, leaf entries, nodes, node entries, bytes. */
	private static final class Chunk {

		final long time;

		final Map<Integer, long[]> maps = new HashMap<>();

		Chunk(long time) {
			this.time = time;
		}

		void add(int map, boolean leaf, int entries, int bytes) {
			long[] sums = maps.computeIfAbsent(map, (m) -> new long[5]);
			sums[leaf ? 0 : 2]++;
			sums[leaf ? 1 : 3] += entries;
			sums[4] += bytes;
		}

		long bytes() {
			return maps.values().stream().mapToLong((sums) -> sums[4]).sum();
		}

	}

}
