package org.example.placement.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.example.placement.benchmark.BenchmarkData;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Evaluation;
import org.example.placement.decision.Situation;
import org.example.placement.support.Children;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions kept between requests carry nothing of one request into the next. */
class SessionPoolTests {

	private static final CompiledRuleset COMPILED = new RulesetCompiler(BuildMode.MVEL, Clock.systemUTC())
		.compile(RuleFiles.read(Path.of("rules")));

	@Test
	void aRequestAnsweredByAReusedSessionGetsTheAnswerOfAFreshOne() {
		CompiledRuleEngine reused = new CompiledRuleEngine(COMPILED);
		DecisionRequest large = BenchmarkData.request(200);
		Situation largeSituation = Situation.of(large, BenchmarkData.RESPONSIBLE_AUTHORITY);
		Situation small = Children.inDurhamOn(Children.AS_OF);

		Evaluation first = reused.evaluate(largeSituation, large.child(), large.candidates());
		Evaluation after = reused.evaluate(small, Children.aThirteenYearOldInCare(), DroolsRuleEngineTests.CANDIDATES);
		Evaluation again = reused.evaluate(largeSituation, large.child(), large.candidates());

		Evaluation fresh = new CompiledRuleEngine(COMPILED).evaluate(small, Children.aThirteenYearOldInCare(),
				DroolsRuleEngineTests.CANDIDATES);
		assertThat(after).isEqualTo(fresh);
		assertThat(again).isEqualTo(first);
	}

	@Test
	void keepsNoMoreIdleSessionsThanItsSize() {
		SessionPool pool = new SessionPool(COMPILED.kieBase(), 2);
		List<KieSession> taken = List.of(pool.take(), pool.take(), pool.take());

		taken.forEach(pool::release);

		assertThat(pool.idle()).isEqualTo(2);
		assertThat(pool.take()).isIn(taken);
	}

}
