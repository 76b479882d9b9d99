package org.example.placement.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RuleEngine;
import org.example.placement.decision.RuleProblem;
import org.example.placement.decision.RulesetGate;
import org.example.placement.decision.RulesetStatus;
import org.example.placement.support.Candidates;
import org.example.placement.support.Children;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A ruleset serves only once it passes the gate (the scenarios), at start-up and on
 * reload; the gate here is one scenario, "ENG-TEST-2 does not fire for P-1", run against
 * the candidate.
 */
class RulesetGateTests {

	static final String DATE = RulesetReloadTests.DATE;

	@Test
	void keepsServingTheLastGoodRulesetWhenANewOneFailsAScenario(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		DroolsRuleEngine engine = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC(), new OneScenario());
		String good = engine.current().version();
		DroolsRuleEngineTests.write(rules, "england/eligibility/b.drl", RuleText.rule("ENG-TEST-2", "NOTE", DATE));

		RulesetStatus status = engine.reloadIfChanged();

		assertThat(status.current().version()).isEqualTo(good);
		assertThat(status.lastRejection().problems()).containsExactly(OneScenario.FAILURE);
		assertThat(evaluatedVersion(engine)).isEqualTo(good);
	}

	@Test
	void swapsInARulesetThatPassesAndSaysHowManyScenariosItPassed(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		DroolsRuleEngine engine = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC(), new OneScenario());
		DroolsRuleEngineTests.write(rules, "england/eligibility/c.drl", RuleText.rule("ENG-TEST-3", "NOTE", DATE));

		RulesetStatus status = engine.reload();

		assertThat(status.lastRejection()).isNull();
		assertThat(status.current().rules()).extracting(r -> r.id()).contains("ENG-TEST-3");
		assertThat(status.scenariosChecked()).isEqualTo(1);
		assertThat(new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC()).status().scenariosChecked()).isNull();
	}

	@Test
	void refusesToStartOnARulesetThatFailsAScenario(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/b.drl", RuleText.rule("ENG-TEST-2", "NOTE", DATE));

		assertThatThrownBy(() -> new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC(), new OneScenario()))
			.isInstanceOf(RulesetRejectedException.class)
			.hasMessageContaining("test-scenarios/england/eligibility/b.yaml");
	}

	@Test
	void checksARejectedRulesetAgainOnlyOnceTheScenariosChange(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		OneScenario gate = new OneScenario();
		DroolsRuleEngine engine = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC(), gate);
		DroolsRuleEngineTests.write(rules, "england/eligibility/b.drl", RuleText.rule("ENG-TEST-2", "NOTE", DATE));
		engine.reloadIfChanged();
		engine.reloadIfChanged();
		int checksWhileUnchanged = gate.checks.get();

		// policy staff agree the new rule is right and correct the scenario
		gate.corrected = true;
		RulesetStatus status = engine.reloadIfChanged();

		assertThat(checksWhileUnchanged).isEqualTo(2);
		assertThat(status.lastRejection()).isNull();
		assertThat(status.current().rules()).extracting(r -> r.id()).contains("ENG-TEST-2");
	}

	@Test
	void rejectsARulesetTheGateCouldNotCheck(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		OneScenario gate = new OneScenario();
		DroolsRuleEngine engine = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC(), gate);
		String good = engine.current().version();
		gate.broken = true;
		DroolsRuleEngineTests.write(rules, "england/eligibility/c.drl", RuleText.rule("ENG-TEST-3", "NOTE", DATE));

		RulesetStatus status = engine.reloadIfChanged();

		assertThat(status.current().version()).isEqualTo(good);
		assertThat(status.lastRejection().problems()).singleElement()
			.satisfies(p -> assertThat(p.message()).startsWith("could not be checked"));
	}

	private static String evaluatedVersion(RuleEngine engine) {
		return engine
			.evaluate(Children.inDurhamOn(Children.AS_OF), Children.aThirteenYearOldInCare(),
					List.of(Candidates.anApprovedFosterCarer("P-1")))
			.rulesetVersion();
	}

	/**
	 * One scenario, run against the candidate: ENG-TEST-2 must not fire for P-1 (until
	 * corrected).
	 */
	static final class OneScenario implements RulesetGate {

		static final RuleProblem FAILURE = new RuleProblem("test-scenarios/england/eligibility/b.yaml", 0,
				"scenario fails: expected ENG-TEST-2 not to fire for P-1 but it did");

		final AtomicInteger checks = new AtomicInteger();

		volatile boolean corrected;

		volatile boolean broken;

		@Override
		public String version() {
			return corrected ? "v2" : "v1";
		}

		@Override
		public Verdict check(Ruleset ruleset, RuleEngine candidate) {
			checks.incrementAndGet();
			if (broken) {
				throw new IllegalStateException("scenario directory unreadable");
			}
			boolean fired = candidate
				.evaluate(Children.inDurhamOn(Children.AS_OF), Children.aThirteenYearOldInCare(),
						List.of(Candidates.anApprovedFosterCarer("P-1")))
				.firings()
				.stream()
				.anyMatch(m -> m.rule().id().equals("ENG-TEST-2"));
			return new Verdict(1, fired && !corrected ? List.of(FAILURE) : List.of());
		}

	}

}
