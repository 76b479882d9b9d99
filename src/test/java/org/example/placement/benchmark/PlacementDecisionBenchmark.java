package org.example.placement.benchmark;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Evaluation;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.Situation;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One child against 50 or 1,000 generated candidates through
 * {@link PlacementDecider#decide} (validation of refs, geography stand-in, Drools
 * evaluation, ranking and explanations; no HTTP, no JSON), with the ruleset from
 * {@code ./rules} built classic (MVEL) or as the executable model. {@code evaluate} is
 * the Drools part alone ({@code DroolsRuleEngine.evaluate}).
 * <p>
 * Every benchmark method takes a {@link NoiseMonitor}, which reports per iteration how
 * much CPU other processes took (the benchmark's own result is unaffected).
 * <p>
 * Drools needs ~10 s to reach its steady speed: keep warm-up at 10 s or more (the
 * benchmark profile's default is 5 x 2 s).
 */
@State(Scope.Benchmark)
public class PlacementDecisionBenchmark {

	@Param({ "MVEL", "EXECUTABLE_MODEL" })
	public BuildMode mode;

	@Param({ "50", "1000" })
	public int candidates;

	private PlacementDecider decider;

	private DroolsRuleEngine engine;

	private DecisionRequest request;

	private Situation situation;

	private List<Candidate> located;

	@Setup
	public void setUp() {
		BenchmarkData.quietLogging();
		engine = new DroolsRuleEngine(BenchmarkData.rulesDir(), mode, Clock.systemUTC());
		decider = new PlacementDecider(engine, new BenchmarkData.FixedGeography());
		request = BenchmarkData.request(candidates);
		situation = Situation.of(request, BenchmarkData.RESPONSIBLE_AUTHORITY);
		located = request.candidates();
		Decision once = decider.decide(request);
		if (once.candidates().size() != candidates) {
			throw new IllegalStateException("expected " + candidates + " ranked candidates");
		}
	}

	/** Decisions per second. */
	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public Decision decide(NoiseMonitor noise) {
		return decider.decide(request);
	}

	/** Latency distribution of one decision (p50, p99 in the SampleTime histogram). */
	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public Decision decideLatency(NoiseMonitor noise) {
		return decider.decide(request);
	}

	/**
	 * The Drools part of a decision alone: session, inserts, fireAllRules, collecting
	 * hits.
	 */
	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public Evaluation evaluateLatency(NoiseMonitor noise) {
		return engine.evaluate(situation, request.child(), located);
	}

}
