package org.example.placement.benchmark;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.example.placement.decision.DecisionRequest;
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
 * The reference for "what does Drools cost": the same rules written directly in Java
 * ({@link HandWrittenRules}) over the same generated candidates as
 * {@link PlacementDecisionBenchmark}.
 * <ul>
 * <li>{@code rank}/{@code rankLatency}: evaluate and sort by excluded, tier, score, cost, ref;
 * nothing else. Compare with {@code PlacementDecisionBenchmark.evaluateLatency} (which does not
 * even sort).</li>
 * <li>{@code decideLatency}: hand-written findings fed to the service's own {@code Ranking.rank}
 * (findings, approvals, explanations, comparisons), i.e. {@code PlacementDecider.decide} with
 * Drools replaced by Java. Compare with {@code PlacementDecisionBenchmark.decideLatency}.</li>
 * </ul>
 * Set-up builds the rules once (classic build) for their metadata and refuses to run unless
 * the hand-written ranking matches Drools' on this data.
 */
@State(Scope.Benchmark)
public class HandWrittenReferenceBenchmark {

	@Param({ "50", "1000" })
	public int candidates;

	private DecisionRequest request;

	private Situation situation;

	private Map<String, RuleDefinition> rules;

	@Setup
	public void setUp() {
		BenchmarkData.quietLogging();
		DroolsRuleEngine engine = new DroolsRuleEngine(BenchmarkData.rulesDir(), BuildMode.MVEL, Clock.systemUTC());
		request = BenchmarkData.request(candidates);
		Equivalence.check(engine, request);
		rules = Equivalence.ruleDefinitions(engine);
		situation = Situation.of(request, BenchmarkData.RESPONSIBLE_AUTHORITY);
	}

	/** Rankings per second, plain Java rules. */
	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public List<HandWrittenRules.Scored> rank() {
		return HandWrittenRules.rank(situation, request.child(), request.candidates());
	}

	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public List<HandWrittenRules.Scored> rankLatency() {
		return HandWrittenRules.rank(situation, request.child(), request.candidates());
	}

	/** Java rules plus the service's ranking and explanations: decide() without Drools. */
	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public Ranking.Result decideLatency() {
		return Ranking.rank(request.candidates(),
				HandWrittenRules.matches(situation, request.child(), request.candidates(), rules));
	}

}
