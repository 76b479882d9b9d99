package org.example.placement.benchmark;

import java.time.Clock;
import java.util.function.Supplier;

import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.Ranking;
import org.example.placement.decision.Sha256;
import org.example.placement.decision.Situation;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;

/**
 * The CPU time of this thread per {@code evaluate} and per {@code decide}, 1 child x 50
 * and x 1,000 (the benchmark requests), with the bytes each allocates (the garbage
 * collector's work), and a digest of what each decides: on a shared machine another
 * process's load changes a latency far more than the CPU a call takes. Args: warm-up
 * seconds, then measured calls per size (default 10 and 200).
 */
public final class CpuPerDecision {

	private CpuPerDecision() {
	}

	public static void main(String[] args) {
		BenchmarkData.quietLogging();
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
			context.getLogger("org.example.placement.engine.LeanBases").setLevel(Level.INFO);
		}
		int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 10;
		int calls = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		DroolsRuleEngine engine = new DroolsRuleEngine(BenchmarkData.rulesDir(), BuildMode.MVEL, Clock.systemUTC());
		PlacementDecider decider = new PlacementDecider(engine, new BenchmarkData.FixedGeography());
		for (int size : new int[] { 50, 1000 }) {
			DecisionRequest request = BenchmarkData.request(size);
			Situation situation = Situation.of(request, BenchmarkData.RESPONSIBLE_AUTHORITY);
			Supplier<Object> evaluate = () -> engine.evaluate(situation, request.child(), request.candidates());
			Supplier<Object> decide = () -> decider.decide(request, "fixed", Ranking.Method.STATUTORY_FIRST);
			long end = System.nanoTime() + warmup * 1_000_000_000L;
			while (System.nanoTime() < end) {
				evaluate.get();
				decide.get();
			}
			int n = size >= 1000 ? Math.max(20, calls / 10) : calls;
			System.out.printf("x%d evaluate %s; decide %s; digest %s%n", size, cpu(evaluate, n), cpu(decide, n),
					digest(decide.get().toString()));
		}
		engine.close();
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
