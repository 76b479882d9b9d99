package org.example.placement.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

import org.example.placement.benchmark.BenchmarkData;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Evaluation;
import org.example.placement.decision.Situation;

/**
 * Not a test: the CPU time of {@code evaluate} in the full KieBase and in the lean one
 * ({@link LeanBases}), calls alternating in one JVM so that the load of other processes
 * weighs on both alike, at 50 and 1,000 of the benchmark's candidates. Args: rules
 * directory, warm-up seconds, calls per size. Run with
 * {@code ./mvnw -o -Pbenchmark test-compile exec:exec -Djmh.main=org.example.placement.engine.EngineCpuComparison -Djmh.args="rules 20 400"}.
 */
public final class EngineCpuComparison {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private EngineCpuComparison() {
	}

	public static void main(String[] args) {
		Path rules = Path.of(args.length > 0 ? args[0] : "rules");
		int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		int calls = args.length > 2 ? Integer.parseInt(args[2]) : 400;
		BenchmarkData.quietLogging();
		RulesetCompiler compiler = new RulesetCompiler(BuildMode.MVEL, Clock.systemUTC());
		CompiledRuleEngine full = new CompiledRuleEngine(compiler.compile(RuleFiles.read(rules)));
		CompiledRuleEngine lean = new CompiledRuleEngine(compiler.compile(RuleFiles.read(rules)));
		lean.useLeanBases(Runnable::run);
		CompiledRuleEngine other = args.length > 3
				? new CompiledRuleEngine(compiler.compile(RuleFiles.read(Path.of(args[3])))) : full;
		for (int size : new int[] { 50, 1000 }) {
			DecisionRequest request = BenchmarkData.request(size);
			Situation situation = Situation.of(request, BenchmarkData.RESPONSIBLE_AUTHORITY);
			CompiledRuleEngine[] engines = { full, lean, other };
			long end = System.nanoTime() + warmup * 1_000_000_000L;
			while (System.nanoTime() < end) {
				for (CompiledRuleEngine engine : engines) {
					engine.evaluate(situation, request.child(), request.candidates());
				}
			}
			int n = size >= 1000 ? Math.max(20, calls / 10) : calls;
			double[][] ms = new double[3][n];
			Evaluation[] last = new Evaluation[3];
			for (int i = 0; i < n; i++) {
				for (int e = 0; e < 3; e++) {
					long start = THREADS.getCurrentThreadCpuTime();
					last[e] = engines[e].evaluate(situation, request.child(), request.candidates());
					ms[e][i] = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
				}
			}
			System.out.printf("x%d full %s; lean %s; same evaluation: %s; other rules (full) %s%n", size,
					summary(ms[0]), summary(ms[1]), last[0].equals(last[1]), summary(ms[2]));
		}
	}

	private static String summary(double[] ms) {
		double mean = Arrays.stream(ms).average().orElse(0);
		Arrays.sort(ms);
		return String.format("CPU ms mean %.3f p50 %.3f p90 %.3f", mean, ms[ms.length / 2],
				ms[(int) (ms.length * 0.9)]);
	}

}
