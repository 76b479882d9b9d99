package org.example.placement.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.example.placement.benchmark.load.PostcodeRequests;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.Ranking;
import org.example.placement.decision.Sha256;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.geography.Geographies;
import org.example.placement.json.StrictJson;
import org.example.placement.ledger.LedgerWork;

/**
 * The decision log's work on the request thread, of two builds in one JVM, their calls
 * alternating (as {@link TwoBuildsCpu}, whose class loaders it uses): for the load
 * benchmark's 1 x 50 and 1 x 1,000 bodies (16 and 4, real postcodes, decided once by each
 * build's engine), this thread's CPU a call for the meters alone
 * ({@code MeteredDecisionLog} around a log that records nothing, on a Prometheus registry
 * as the service's), the scan of the three texts for an escaped surrogate, the three
 * texts written and compressed, and the log's whole work without the append; each build's
 * mean, allocation and a digest of all the texts, and the median of the rounds' ratios
 * this build / the other. Not a test: {@code ./mvnw -o -Pbenchmark test-compile
 * exec:exec -Djmh.main=org.example.placement.benchmark.LogTwoBuildsCpu
 * -Djmh.args="30 30 400 /tmp/base/BOOT-INF/classes"}.
 */
public final class LogTwoBuildsCpu {

	private static final String[] WHAT = { "meters", "surrogate scan", "texts", "log without append" };

	private LogTwoBuildsCpu() {
	}

	public static void main(String[] args) throws Exception {
		BenchmarkData.quietLogging();
		int warmup = Integer.parseInt(args[0]);
		int rounds = Integer.parseInt(args[1]);
		int calls = Integer.parseInt(args[2]);
		URL tests = LogTwoBuildsCpu.class.getProtectionDomain().getCodeSource().getLocation();
		URL ours = DroolsRuleEngine.class.getProtectionDomain().getCodeSource().getLocation();
		List<IntFunction<Supplier<?>[]>> builds = List.of(side(Path.of(args[3]).toUri().toURL(), tests),
				side(ours, tests));
		for (int size : new int[] { 50, 1000 }) {
			List<Supplier<?>[]> sides = builds.stream().map((build) -> build.apply(size)).toList();
			long end = System.nanoTime() + warmup * 1_000_000_000L;
			while (System.nanoTime() < end) {
				sides.forEach((side) -> Arrays.stream(side).limit(WHAT.length).forEach(Supplier::get));
			}
			int n = (size >= 1000) ? Math.max(5, calls / 20) : calls;
			double[][][] cpu = new double[WHAT.length][2][rounds];
			double[][] allocated = new double[WHAT.length][2];
			for (int round = 0; round < rounds; round++) {
				for (int turn = 0; turn < 2; turn++) {
					int build = (round % 2 == 0) ? turn : 1 - turn;
					for (int what = 0; what < WHAT.length; what++) {
						ThreadCpu each = ThreadCpu.of(sides.get(build)[what], n);
						cpu[what][build][round] = each.meanNanos() / 1e3;
						allocated[what][build] += each.meanAllocatedBytes() / rounds / 1e3;
					}
				}
			}
			for (int what = 0; what < WHAT.length; what++) {
				System.out.printf(
						"x%d %s: other %.2f us (%.1f KB), this %.2f us (%.1f KB); this / other, median of %d"
								+ " rounds %.3f%n",
						size, WHAT[what], TwoBuildsCpu.mean(cpu[what][0]), allocated[what][0],
						TwoBuildsCpu.mean(cpu[what][1]), allocated[what][1], rounds,
						TwoBuildsCpu.medianRatio(cpu[what][1], cpu[what][0]));
			}
			System.out.printf("x%d texts' digest: other %s, this %s%n", size, sides.get(0)[WHAT.length].get(),
					sides.get(1)[WHAT.length].get());
		}
	}

	@SuppressWarnings("unchecked")
	private static IntFunction<Supplier<?>[]> side(URL classes, URL tests) throws ReflectiveOperationException {
		ClassLoader loader = new TwoBuildsCpu.OursFirst(new URL[] { classes, tests },
				LogTwoBuildsCpu.class.getClassLoader());
		return (IntFunction<Supplier<?>[]>) loader.loadClass(Side.class.getName()).getConstructor().newInstance();
	}

	/** One build's decisions and log, in that build's class loader. */
	public static final class Side implements IntFunction<Supplier<?>[]> {

		private final DroolsRuleEngine engine;

		private final PlacementDecider decider;

		public Side() {
			this.engine = new DroolsRuleEngine(BenchmarkData.rulesDir(), BuildMode.MVEL, Clock.systemUTC());
			this.decider = new PlacementDecider(engine, Geographies.ons());
		}

		@Override
		public Supplier<?>[] apply(int size) {
			List<DecisionRequest> requests = new ArrayList<>();
			List<Decision> decisions = new ArrayList<>();
			try {
				for (String body : PostcodeRequests.shipped().bodies(size >= 1000 ? 4 : 16, size)) {
					DecisionRequest request = StrictJson.mapper()
						.readValue(body.getBytes(StandardCharsets.UTF_8), DecisionRequest.class);
					requests.add(request);
					decisions.add(decider.decide(request, "fixed", Ranking.Method.STATUTORY_FIRST));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			List<byte[][]> texts = new ArrayList<>();
			for (int i = 0; i < requests.size(); i++) {
				texts.add(LedgerWork.bytes(LedgerWork.texts(requests.get(i), decisions.get(i))));
			}
			DecisionLog meters = LedgerWork.metersOnly(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
			DecisionLog log = LedgerWork.withoutWriting(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
			int[] next = { 0 };
			Supplier<Integer> each = () -> next[0]++ % requests.size();
			Supplier<?> meter = () -> {
				int i = each.get();
				return meters.record(requests.get(i), decisions.get(i), "caller");
			};
			Supplier<?> scan = () -> {
				byte[][] three = texts.get(each.get());
				return LedgerWork.escapesASurrogate(three[0]) | LedgerWork.escapesASurrogate(three[1])
						| LedgerWork.escapesASurrogate(three[2]);
			};
			Supplier<?> write = () -> {
				int i = each.get();
				return LedgerWork.texts(requests.get(i), decisions.get(i));
			};
			Supplier<?> record = () -> {
				int i = each.get();
				return log.record(requests.get(i), decisions.get(i), "caller");
			};
			Supplier<?> digest = () -> {
				StringBuilder all = new StringBuilder();
				for (int i = 0; i < requests.size(); i++) {
					for (byte[] text : LedgerWork.bytes(LedgerWork.texts(requests.get(i), decisions.get(i)))) {
						all.append(Sha256.of(text));
					}
				}
				return Sha256.of(all.toString()).substring(Sha256.PREFIX.length(), Sha256.PREFIX.length() + 16);
			};
			return new Supplier<?>[] { meter, scan, write, record, digest };
		}

	}

}
