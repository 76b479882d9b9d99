package org.example.placement.benchmark;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.example.placement.benchmark.load.PostcodeRequests;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.Ranking;
import org.example.placement.decision.Sha256;
import org.example.placement.decision.Situation;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.geography.Geographies;
import org.example.placement.json.StrictJson;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;

/**
 * The CPU time of this thread per {@code evaluate} and per {@code decide}, 1 child x 50
 * and x 1,000 (the benchmark requests), with the bytes each allocates (the garbage
 * collector's work), and a digest of what each decides: on a shared machine another
 * process's load changes a latency far more than the CPU a call takes. Args: warm-up
 * seconds, then measured calls per size (default 10 and 200), then threads (default 1:
 * more run the same calls at once, each thread timing its own, to show what sharing the
 * cores costs a call), then {@code ons} for the load benchmark's requests (real
 * postcodes, the ONS geography) instead of the fixed benchmark request.
 */
public final class CpuPerDecision {

	private CpuPerDecision() {
	}

	public static void main(String[] args) throws Exception {
		BenchmarkData.quietLogging();
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
			context.getLogger("org.example.placement.engine.LeanBases").setLevel(Level.INFO);
		}
		int warmup = BenchmarkData.intArg(args, 0, 10);
		int calls = BenchmarkData.intArg(args, 1, 200);
		int threads = BenchmarkData.intArg(args, 2, 1);
		DroolsRuleEngine engine = new DroolsRuleEngine(BenchmarkData.rulesDir(), BuildMode.MVEL, Clock.systemUTC());
		boolean ons = args.length > 3 && args[3].equals("ons");
		PlacementDecider decider = new PlacementDecider(engine,
				ons ? Geographies.ons() : new BenchmarkData.FixedGeography());
		for (int size : new int[] { 50, 1000 }) {
			List<DecisionRequest> requests = new ArrayList<>();
			if (ons) {
				for (String body : PostcodeRequests.shipped().bodies(size >= 1000 ? 20 : 200, size)) {
					requests.add(StrictJson.mapper().readValue(body, DecisionRequest.class));
				}
			}
			else {
				requests.add(BenchmarkData.request(size));
			}
			int[] next = { 0 };
			Supplier<Object> evaluate = () -> {
				DecisionRequest request = requests.get(next[0]++ % requests.size());
				return engine.evaluate(Situation.of(request, BenchmarkData.RESPONSIBLE_AUTHORITY), request.child(),
						request.candidates());
			};
			Supplier<Object> decide = () -> decider.decide(requests.get(next[0]++ % requests.size()), "fixed",
					Ranking.Method.STATUTORY_FIRST);
			long end = System.nanoTime() + warmup * 1_000_000_000L;
			while (System.nanoTime() < end) {
				evaluate.get();
				decide.get();
			}
			int n = size >= 1000 ? Math.max(20, calls / 10) : calls;
			if (threads > 1) {
				concurrently(size, threads, evaluate, decide, n);
				continue;
			}
			System.out.printf("x%d evaluate %s; decide %s; digest %s%n", size, cpu(evaluate, n), cpu(decide, n),
					digest(decider.decide(requests.get(0), "fixed", Ranking.Method.STATUTORY_FIRST).toString()));
		}
		engine.close();
	}

	/**
	 * The same calls on {@code threads} threads at once: what sharing the cores costs
	 * each call.
	 */
	private static void concurrently(int size, int threads, Supplier<Object> evaluate, Supplier<Object> decide, int n) {
		List<Thread> started = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int id = t;
			Thread thread = new Thread(() -> {
				long end = System.nanoTime() + 5_000_000_000L;
				while (System.nanoTime() < end) {
					evaluate.get();
					decide.get();
				}
				System.out.printf("x%d thread %d of %d: evaluate %s; decide %s%n", size, id, threads, cpu(evaluate, n),
						cpu(decide, n));
			});
			thread.start();
			started.add(thread);
		}
		for (Thread thread : started) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static String cpu(Supplier<Object> call, int n) {
		ThreadCpu cpu = ThreadCpu.of(call, n);
		return String.format("CPU ms mean %.3f p50 %.3f p90 %.3f, allocated %.2f MB (n=%d)", cpu.meanNanos() / 1e6,
				cpu.p50Nanos() / 1e6, cpu.p90Nanos() / 1e6, cpu.meanAllocatedBytes() / 1e6, n);
	}

	private static String digest(String text) {
		return Sha256.of(text).substring(Sha256.PREFIX.length(), Sha256.PREFIX.length() + 16);
	}

}
