package org.example.placement.benchmark;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Evaluation;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.Ranking;
import org.example.placement.decision.RuleDefinition;
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
 * The reference for "what does Drools cost": a fixed subset of the rules written directly
 * in Java ({@link HandWrittenRules}) against Drools on exactly the same rule files, over
 * the same generated candidates as {@link PlacementDecisionBenchmark}.
 * <ul>
 * <li>{@code javaRankLatency}: evaluate and sort by excluded, tier, score, cost, ref;
 * nothing else. Its Drools counterpart is {@code droolsEvaluateLatency} (which does not
 * even sort).</li>
 * <li>{@code javaDecideLatency}: Java findings through the service's own
 * {@code Ranking.rank} (findings, approvals, explanations, comparisons):
 * {@code PlacementDecider.decide} with Drools replaced by Java. Its Drools counterpart is
 * {@code droolsDecideLatency}.</li>
 * </ul>
 * Every benchmark method takes a {@link NoiseMonitor} (CPU taken by other processes per
 * iteration). Drools runs the classic (MVEL) build here;
 * {@link PlacementDecisionBenchmark} compares the build modes on the full rules. Set-up
 * refuses to run unless the hand-written ranking matches Drools' on this data.
 */
@State(Scope.Benchmark)
public class HandWrittenReferenceBenchmark {

	@Param({ "50", "1000" })
	public int candidates;

	private DecisionRequest request;

	private Situation situation;

	private Map<String, RuleDefinition> rules;

	private DroolsRuleEngine drools;

	private PlacementDecider decider;

	@Setup
	public void setUp() {
		BenchmarkData.quietLogging();
		Path subset = HandWrittenRules.copySubset(BenchmarkData.rulesDir());
		drools = new DroolsRuleEngine(subset, BuildMode.MVEL, Clock.systemUTC());
		decider = new PlacementDecider(drools, new BenchmarkData.FixedGeography());
		request = BenchmarkData.request(candidates);
		Equivalence.check(drools, request);
		rules = Equivalence.ruleDefinitions(drools);
		situation = Situation.of(request, BenchmarkData.RESPONSIBLE_AUTHORITY);
	}

	/** Java rules: evaluate and rank. */
	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public List<HandWrittenRules.Scored> javaRankLatency(NoiseMonitor noise) {
		return HandWrittenRules.rank(situation, request.child(), request.candidates());
	}

	/**
	 * Java rules plus the service's ranking and explanations: decide() without Drools.
	 */
	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public Ranking.Result javaDecideLatency(NoiseMonitor noise) {
		return Ranking.rank(request.candidates(),
				HandWrittenRules.matches(situation, request.child(), request.candidates(), rules));
	}

	/** Drools on the same subset: the engine alone. */
	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public Evaluation droolsEvaluateLatency(NoiseMonitor noise) {
		return drools.evaluate(situation, request.child(), request.candidates());
	}

	/** Drools on the same subset: the whole use case. */
	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public Decision droolsDecideLatency(NoiseMonitor noise) {
		return decider.decide(request);
	}

}
