package org.example.placement.benchmark;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to compile {@code ./rules} into a serving engine
 * ({@code new DroolsRuleEngine(rules, mode, clock)}: read files, decision tables to DRL,
 * KieBuilder, KieBase, metadata checks), classic MVEL build against the executable model.
 * <ul>
 * <li>{@code cold}: the first build in a fresh JVM (Drools classes not loaded, nothing
 * JIT compiled), one shot per fork, 5 forks: what start-up pays.</li>
 * <li>{@code warm}: rebuilds in a JVM that has already built 10 times: what a reload
 * pays.</li>
 * </ul>
 * {@link NoiseMonitor} reports the CPU other processes took during each build. The
 * iteration and fork counts are in the annotations; JMH command-line options override
 * them, so run this class without {@code -wi/-i/-f}:
 * {@code -Djmh.args="RuleBuildBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleBuildBenchmark {

	@Param({ "MVEL", "EXECUTABLE_MODEL" })
	public BuildMode mode;

	@Setup
	public void setUp() {
		BenchmarkData.quietLogging();
	}

	@Benchmark
	@Fork(5)
	@Warmup(iterations = 0)
	@Measurement(iterations = 1)
	public DroolsRuleEngine cold(NoiseMonitor noise) {
		return new DroolsRuleEngine(BenchmarkData.rulesDir(), mode, Clock.systemUTC());
	}

	@Benchmark
	@Fork(2)
	@Warmup(iterations = 10)
	@Measurement(iterations = 10)
	public DroolsRuleEngine warm(NoiseMonitor noise) {
		return new DroolsRuleEngine(BenchmarkData.rulesDir(), mode, Clock.systemUTC());
	}

}
