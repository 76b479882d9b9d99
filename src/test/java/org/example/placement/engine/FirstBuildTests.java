package org.example.placement.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.example.placement.decision.RuleEngine;
import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetGate;
import org.example.placement.engine.RulesetGateTests.OneScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The service's first ruleset is compiled and gated on a thread of its own while the rest
 * of the service starts (issue 12 item 4): the engine is made at once, whoever asks for
 * the ruleset before it serves waits for it, and a ruleset the gate rejects is still
 * refused.
 */
class FirstBuildTests {

	static final String DATE = RulesetReloadTests.DATE;

	@Test
	void theEngineIsMadeBeforeTheGateHasFinishedAndServesOnceItPasses(@TempDir Path rules) throws Exception {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		HeldGate gate = new HeldGate();

		DroolsRuleEngine engine = DroolsRuleEngine.building(rules, BuildMode.MVEL, Clock.systemUTC(), gate);
		assertThat(gate.checking.await(2, TimeUnit.MINUTES)).as("the gate runs on the build's own thread").isTrue();
		CompletableFuture<String> asked = CompletableFuture.supplyAsync(() -> engine.current().version());
		// the gate is still held: a caller waits rather than seeing no ruleset
		assertThat(asked).isNotDone();
		gate.release.countDown();

		String version = asked.get(2, TimeUnit.MINUTES);
		engine.awaitFirstRuleset();
		assertThat(version)
			.isEqualTo(new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC()).current().version());
		assertThat(engine.status().scenariosChecked()).isEqualTo(1);
	}

	@Test
	void aRulesetThatFailsTheGateIsRefusedToWhoeverWaitsForIt(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/b.drl", RuleText.rule("ENG-TEST-2", "NOTE", DATE));

		DroolsRuleEngine engine = DroolsRuleEngine.building(rules, BuildMode.MVEL, Clock.systemUTC(),
				new OneScenario());

		assertThatThrownBy(engine::awaitFirstRuleset).isInstanceOf(RulesetRejectedException.class)
			.hasMessageContaining("test-scenarios/england/eligibility/b.yaml");
		assertThatThrownBy(engine::current).isInstanceOf(RulesetRejectedException.class);
	}

	@Test
	void aRulesetThatDoesNotCompileIsRefusedToWhoeverWaitsForIt(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", "rule \"broken\" when then x( end");

		DroolsRuleEngine engine = DroolsRuleEngine.building(rules, BuildMode.MVEL, Clock.systemUTC(), RulesetGate.NONE);

		assertThatThrownBy(engine::awaitFirstRuleset).isInstanceOf(RulesetRejectedException.class)
			.hasMessageContaining("a.drl");
	}

	@Test
	void aReloadAskedForBeforeTheFirstRulesetServesWaitsForIt(@TempDir Path rules) throws Exception {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		HeldGate gate = new HeldGate();
		DroolsRuleEngine engine = DroolsRuleEngine.building(rules, BuildMode.MVEL, Clock.systemUTC(), gate);
		assertThat(gate.checking.await(2, TimeUnit.MINUTES)).isTrue();

		CompletableFuture<Ruleset> reloaded = CompletableFuture.supplyAsync(() -> engine.reload().current());
		gate.release.countDown();

		await().atMost(2, TimeUnit.MINUTES).until(reloaded::isDone);
		assertThat(reloaded.get().version()).isEqualTo(engine.current().version());
		assertThat(engine.status().lastRejection()).isNull();
	}

	/** Passes every ruleset, once released. */
	static final class HeldGate implements RulesetGate {

		final CountDownLatch checking = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		@Override
		public String version() {
			return "held";
		}

		@Override
		public Verdict check(Ruleset ruleset, RuleEngine candidate) {
			checking.countDown();
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return new Verdict(1, List.of());
		}

	}

}
