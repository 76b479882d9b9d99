package org.example.placement.benchmark;

import java.time.Clock;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import io.micrometer.core.instrument.binder.logging.LogbackMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.Ranking;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * What logback's level checks cost with Micrometer's turbo filter installed (its logback
 * binder, {@code logback.events}) and with none (the service's {@code web.LogEventMeter},
 * an appender): counts the level checks a 1 x 50 and a 1 x 1,000 {@code decide} makes
 * (Drools asks {@code isTraceEnabled()} at every insert), then this thread's CPU for that
 * many checks of a Drools logger at INFO, and for {@code decide} itself, with and without
 * the filter in alternating rounds. Not a test: {@code ./mvnw -o -Pbenchmark
 * test-compile exec:exec -Djmh.main=org.example.placement.benchmark.LevelCheckCpu
 * -Djmh.args="<warm-up s> <rounds> <calls>"} (default 20 20 200).
 */
public final class LevelCheckCpu {

	private LevelCheckCpu() {
	}

	public static void main(String[] args) throws Exception {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
		int warmup = BenchmarkData.intArg(args, 0, 20);
		int rounds = BenchmarkData.intArg(args, 1, 20);
		int calls = BenchmarkData.intArg(args, 2, 200);
		DroolsRuleEngine engine = new DroolsRuleEngine(BenchmarkData.rulesDir(), BuildMode.MVEL, Clock.systemUTC());
		PlacementDecider decider = new PlacementDecider(engine, new BenchmarkData.FixedGeography());
		Logger drools = context.getLogger("org.drools.core.reteoo.EntryPointNode");
		PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
		for (int size : new int[] { 50, 1000 }) {
			DecisionRequest request = BenchmarkData.request(size);
			Supplier<Object> decide = () -> decider.decide(request, "fixed", Ranking.Method.STATUTORY_FIRST);
			int checks = checks(context, decide);
			Supplier<Object> check = () -> {
				boolean any = false;
				for (int i = 0; i < checks; i++) {
					any |= drools.isTraceEnabled();
				}
				return any;
			};
			int n = (size >= 1000) ? Math.max(5, calls / 20) : calls;
			long end = System.nanoTime() + warmup * 1_000_000_000L;
			while (System.nanoTime() < end) {
				timed(registry, true, check, decide, 20);
				timed(registry, false, check, decide, 20);
			}
			double[][] cpu = new double[4][rounds];
			for (int round = 0; round < rounds; round++) {
				for (int turn = 0; turn < 2; turn++) {
					boolean filter = (round % 2 == 0) == (turn == 0);
					double[] timed = timed(registry, filter, check, decide, n);
					cpu[filter ? 0 : 1][round] = timed[0];
					cpu[filter ? 2 : 3][round] = timed[1];
				}
			}
			System.out.printf(
					"x%d: %d level checks a decide; CPU for them with Micrometer's turbo filter %.2f us, without %.2f us;"
							+ " decide with %.1f us, without %.1f us (mean of %d rounds)%n",
					size, checks, TwoBuildsCpu.mean(cpu[0]), TwoBuildsCpu.mean(cpu[1]), TwoBuildsCpu.mean(cpu[2]),
					TwoBuildsCpu.mean(cpu[3]), rounds);
		}
		engine.close();
	}

	/**
	 * This thread's CPU a call, us, for the checks and for {@code decide}, with or
	 * without Micrometer's turbo filter.
	 */
	private static double[] timed(PrometheusMeterRegistry registry, boolean filter, Supplier<Object> check,
			Supplier<Object> decide, int n) {
		try (LogbackMetrics metrics = new LogbackMetrics()) {
			if (filter) {
				metrics.bindTo(registry);
			}
			return new double[] { ThreadCpu.of(check, n).meanNanos() / 1e3, ThreadCpu.of(decide, n).meanNanos() / 1e3 };
		}
	}

	/** The level checks (calls without a message) one {@code decide} makes. */
	private static int checks(LoggerContext context, Supplier<Object> decide) {
		LongAdder checks = new LongAdder();
		TurboFilter counting = new TurboFilter() {

			@Override
			public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
					Throwable t) {
				if (format == null) {
					checks.increment();
				}
				return FilterReply.NEUTRAL;
			}

		};
		context.addTurboFilter(counting);
		decide.get();
		context.getTurboFilterList().remove(counting);
		return checks.intValue();
	}

}
