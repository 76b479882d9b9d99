package org.example.placement.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.example.placement.benchmark.BenchmarkData;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.Ranking;
import org.example.placement.geography.Geographies;
import org.example.placement.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request evaluated in the KieBase of only the rule files that hold a rule it can fire
 * is decided exactly as in the full KieBase: the same findings, trace, ranking and
 * comparisons, for every shipped scenario and the benchmark's 50 and 1,000 candidates.
 */
class LeanBasesTests {

	private static final Path RULES = Path.of("rules");

	private static final RulesetCompiler compiler = new RulesetCompiler(BuildMode.MVEL, Clock.systemUTC());

	private static final CompiledRuleEngine full = new CompiledRuleEngine(compiler.compile(RuleFiles.read(RULES)));

	private static final CompiledRuleEngine lean = leanNow();

	private static final PlacementDecider fullDecider = new PlacementDecider(full, Geographies.ons());

	private static final PlacementDecider leanDecider = new PlacementDecider(lean, Geographies.ons());

	@Test
	void everyScenarioIsDecidedAsInTheFullKieBase() {
		List<Path> scenarios = ScenarioFiles.find(Path.of("test-scenarios"));
		List<String> authorities = new ArrayList<>();
		for (Path scenario : scenarios) {
			DecisionRequest request = ScenarioFiles.read(scenario).given();
			authorities.add(request.responsibleAuthority());
			assertThat(outcome(leanDecider, request)).as(scenario.toString()).isEqualTo(outcome(fullDecider, request));
		}
		// English and Welsh authorities, with and without local policy of their own
		assertThat(Set.copyOf(authorities)).contains("E06000047", "W06000015").hasSizeGreaterThan(3);
		assertThat(scenarios).hasSizeGreaterThan(100);
	}

	@Test
	void theBenchmarkRequestsAreDecidedAsInTheFullKieBase() {
		for (int size : new int[] { 50, 1000 }) {
			DecisionRequest request = BenchmarkData.request(size);
			PlacementDecider fixed = new PlacementDecider(full, new BenchmarkData.FixedGeography());
			PlacementDecider fixedLean = new PlacementDecider(lean, new BenchmarkData.FixedGeography());

			Decision expected = fixed.decide(request, "same", Ranking.Method.STATUTORY_FIRST);

			assertThat(fixedLean.decide(request, "same", Ranking.Method.STATUTORY_FIRST)).isEqualTo(expected);
			assertThat(expected.trace()).hasSizeGreaterThan(size);
		}
	}

	@Test
	void requestsThatCanFireTheSameRulesShareOneLeanKieBase() {
		CompiledRuleEngine engine = leanNow();
		PlacementDecider decider = new PlacementDecider(engine, new BenchmarkData.FixedGeography());

		decider.decide(BenchmarkData.request(5));
		decider.decide(BenchmarkData.request(7));

		assertThat(engine.leanBases()).isEqualTo(1);
	}

	/** The decision, or the error, with the same decision id on both sides. */
	private static Object outcome(PlacementDecider decider, DecisionRequest request) {
		try {
			return decider.decide(request, "same", Ranking.Method.STATUTORY_FIRST);
		}
		catch (RuntimeException ex) {
			return ex.getClass().getName() + ": " + ex.getMessage();
		}
	}

	private static CompiledRuleEngine leanNow() {
		CompiledRuleEngine engine = new CompiledRuleEngine(compiler.compile(RuleFiles.read(RULES)));
		engine.useLeanBases(Runnable::run);
		return engine;
	}

}
