package org.example.placement.benchmark;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.Ranking;
import org.example.placement.decision.Sha256;
import org.example.placement.decision.Situation;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;

/**
 * {@code evaluate} and {@code decide} of two builds in one JVM, their calls alternating:
 * on a shared machine the load moves a call's CPU time by more than a change saves, so
 * the two are timed in the same rounds (the order swapped every round) and compared round
 * by round. Each build's classes are loaded by a class loader of their own (ours first,
 * the libraries shared): this build's (the class path's) and another's, say
 * {@code BOOT-INF/classes} of main's jar unpacked. Prints, per size, each build's mean
 * CPU a call, its allocation, the decision's digest (as {@link CpuPerDecision}'s) and the
 * median of the rounds' ratios this build / the other. Args: warm-up seconds, rounds,
 * calls a round at x50 (a tenth at x1,000), the other build's classes, optionally the
 * other build's rules directory (default: the same rules as this build's) and
 * {@code no-terms} (every candidate's {@code approvalTerms} left out, as the load
 * benchmark's requests send them). The digest also printed with the ruleset version left
 * out tells a rules change that decides the same. Not a test:
 * {@code ./mvnw -o -Pbenchmark test-compile exec:exec
 * -Djmh.main=org.example.placement.benchmark.TwoBuildsCpu -Djmh.args="30 30 60 /tmp/base/BOOT-INF/classes"}.
 */
public final class TwoBuildsCpu {

	private TwoBuildsCpu() {
	}

	public static void main(String[] args) throws Exception {
		BenchmarkData.quietLogging();
		int warmup = Integer.parseInt(args[0]);
		int rounds = Integer.parseInt(args[1]);
		int calls = Integer.parseInt(args[2]);
		URL tests = TwoBuildsCpu.class.getProtectionDomain().getCodeSource().getLocation();
		URL ours = DroolsRuleEngine.class.getProtectionDomain().getCodeSource().getLocation();
		String rules = BenchmarkData.rulesDir().toString();
		boolean noTerms = args.length > 5 && args[5].equals("no-terms");
		List<IntFunction<Supplier<?>[]>> builds = List.of(
				side(Path.of(args[3]).toUri().toURL(), tests, (args.length > 4) ? args[4] : rules, noTerms),
				side(ours, tests, rules, noTerms));
		for (int size : new int[] { 50, 1000 }) {
			List<Supplier<?>[]> sides = builds.stream().map((build) -> build.apply(size)).toList();
			long end = System.nanoTime() + warmup * 1_000_000_000L;
			while (System.nanoTime() < end) {
				sides.forEach((side) -> side[0].get());
				sides.forEach((side) -> side[1].get());
			}
			int n = (size >= 1000) ? Math.max(5, calls / 10) : calls;
			double[][] cpu = new double[4][rounds];
			double[] allocated = new double[2];
			for (int round = 0; round < rounds; round++) {
				for (int turn = 0; turn < 2; turn++) {
					int build = (round % 2 == 0) ? turn : 1 - turn;
					ThreadCpu evaluate = ThreadCpu.of(sides.get(build)[0], n);
					cpu[build][round] = evaluate.meanNanos() / 1e6;
					allocated[build] += evaluate.meanAllocatedBytes() / rounds / 1e6;
					cpu[2 + build][round] = ThreadCpu.of(sides.get(build)[1], n).meanNanos() / 1e6;
				}
			}
			for (int build = 0; build < 2; build++) {
				System.out.printf("x%d %s: evaluate CPU ms %.3f (allocated %.2f MB), decide %.3f; digest %s%n", size,
						(build == 0) ? "other" : "this ", mean(cpu[build]), allocated[build], mean(cpu[2 + build]),
						sides.get(build)[2].get());
			}
			System.out.printf("x%d this / other, median of %d rounds: evaluate %.3f, decide %.3f%n", size, rounds,
					medianRatio(cpu[1], cpu[0]), medianRatio(cpu[3], cpu[2]));
		}
	}

	@SuppressWarnings("unchecked")
	private static IntFunction<Supplier<?>[]> side(URL classes, URL tests, String rules, boolean noTerms)
			throws ReflectiveOperationException {
		ClassLoader loader = new OursFirst(new URL[] { classes, tests }, TwoBuildsCpu.class.getClassLoader());
		return (IntFunction<Supplier<?>[]>) loader.loadClass(Side.class.getName())
			.getConstructor(String.class, boolean.class)
			.newInstance(rules, noTerms);
	}

	/** The mean of the rounds' figures. */
	static double mean(double[] values) {
		return Arrays.stream(values).average().orElse(0);
	}

	/** The median of the rounds' ratios, this build's to the other's. */
	static double medianRatio(double[] these, double[] others) {
		double[] ratios = new double[these.length];
		Arrays.setAll(ratios, (i) -> these[i] / others[i]);
		Arrays.sort(ratios);
		return ratios[ratios.length / 2];
	}

	/** One build's engine and decider, in that build's class loader. */
	public static final class Side implements IntFunction<Supplier<?>[]> {

		private final DroolsRuleEngine engine;

		private final PlacementDecider decider;

		private final boolean noTerms;

		public Side(String rules, boolean noTerms) {
			this.engine = new DroolsRuleEngine(Path.of(rules), BuildMode.MVEL, Clock.systemUTC());
			this.decider = new PlacementDecider(engine, new BenchmarkData.FixedGeography());
			this.noTerms = noTerms;
		}

		/** Evaluate, decide and the decision's digest, of the benchmark request. */
		@Override
		public Supplier<?>[] apply(int size) {
			DecisionRequest request = noTerms ? BenchmarkData.withoutApprovalTerms(BenchmarkData.request(size))
					: BenchmarkData.request(size);
			Supplier<?> evaluate = () -> engine.evaluate(Situation.of(request, BenchmarkData.RESPONSIBLE_AUTHORITY),
					request.child(), request.candidates());
			Supplier<?> decide = () -> decider.decide(request, "fixed", Ranking.Method.STATUTORY_FIRST);
			Supplier<?> digest = () -> {
				Decision decision = decider.decide(request, "fixed", Ranking.Method.STATUTORY_FIRST);
				String text = decision.toString();
				return digest(text) + " (ruleset version aside " + digest(text.replace(decision.rulesetVersion(), ""))
						+ ")";
			};
			return new Supplier<?>[] { evaluate, decide, digest };
		}

		private static String digest(String text) {
			return Sha256.of(text).substring(Sha256.PREFIX.length(), Sha256.PREFIX.length() + 16);
		}

	}

	/**
	 * Our classes from its own places first; the rest (the libraries) from its parent.
	 */
	static final class OursFirst extends URLClassLoader {

		OursFirst(URL[] urls, ClassLoader parent) {
			super(urls, parent);
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			synchronized (getClassLoadingLock(name)) {
				Class<?> loaded = findLoadedClass(name);
				if (loaded == null && name.startsWith("org.example.")) {
					try {
						loaded = findClass(name);
					}
					catch (ClassNotFoundException ex) {
						loaded = null; // not in this build: the parent's
					}
				}
				return (loaded != null) ? loaded : super.loadClass(name, resolve);
			}
		}

	}

}
