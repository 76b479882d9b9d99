package org.example.placement.benchmark;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.example.placement.decision.Geography;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.geography.Geographies;
import org.example.placement.sufficiency.Progress;
import org.example.placement.sufficiency.ReturnFiles;
import org.example.placement.sufficiency.SufficiencyAssessor;
import org.example.placement.sufficiency.SufficiencyReport;
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
 * One whole sufficiency assessment (issue 13's target: 1,000 children x 2,000 supply
 * places, including the in-area matching, in 5 s or less on 2 cores): reading the files,
 * the trend, the measures, both looks of the duty rules and the placement engine run for
 * every child placed outside the area against the in-area places with vacancies.
 * SingleShotTime: one assessment per iteration, after two warm-up assessments (Drools and
 * the JIT warm up on the first). Run:
 * {@code ./mvnw -o -Pbenchmark test-compile exec:exec -Djmh.args="SufficiencyBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class SufficiencyBenchmark {

	@Param({ "1000" })
	public int children;

	@Param({ "2000" })
	public int places;

	private SufficiencyAssessor assessor;

	private ReturnFiles files;

	@Setup
	public void setUp() {
		BenchmarkData.quietLogging();
		Geography geography = Geographies.ons();
		DroolsRuleEngine engine = new DroolsRuleEngine(BenchmarkData.rulesDir(), BuildMode.MVEL, Clock.systemUTC());
		assessor = new SufficiencyAssessor(engine, new PlacementDecider(engine, geography), geography);
		files = SufficiencyBenchmarkData.generate(children, places, geography);
	}

	@Benchmark
	public SufficiencyReport assess(NoiseMonitor noise) {
		return assessor.assess(SufficiencyBenchmarkData.DURHAM, SufficiencyBenchmarkData.YEAR_END, files,
				Progress.NONE);
	}

}
