package org.example.placement.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.example.placement.background.BackgroundThreads;
import org.example.placement.decision.Evaluation;
import org.example.placement.decision.RuleEngine;
import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetGate;
import org.example.placement.decision.RulesetStatus;
import org.example.placement.decision.Situation;
import org.example.placement.support.Candidates;
import org.example.placement.support.Children;
import org.example.placement.support.NiceValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A reload is compiled and gated off the request path, on the engine's one build thread,
 * while the ruleset serving goes on answering; the new one is swapped in only when it has
 * passed. A gate that waits for the test to let it finish shows what requests get
 * meanwhile.
 */
class ReloadWithoutStallTests {

	static final String DATE = "@inForceFrom(\"2011-04-01\")";

	@Test
	void requestsAreAnsweredByTheServingRulesetWhileTheNextIsBeingGated(@TempDir Path rules) throws Exception {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		HeldGate gate = new HeldGate();
		DroolsRuleEngine engine = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC(), gate);
		String old = engine.current().version();
		DroolsRuleEngineTests.write(rules, "england/eligibility/b.drl", RuleText.rule("ENG-TEST-2", "NOTE", DATE));
		String next = RuleFiles.read(rules).version();

		CompletableFuture<RulesetStatus> reload = CompletableFuture.supplyAsync(engine::reload);
		assertThat(gate.gating.await(30, TimeUnit.SECONDS)).as("the gate was reached").isTrue();
		Evaluation meanwhile = evaluate(engine);
		RulesetStatus statusMeanwhile = engine.status();
		boolean reloadDoneMeanwhile = reload.isDone();
		gate.release.countDown();
		RulesetStatus after = reload.get(30, TimeUnit.SECONDS);

		assertThat(meanwhile.rulesetVersion()).isEqualTo(old);
		assertThat(meanwhile.firings()).extracting(m -> m.rule().id()).containsExactly("ENG-TEST-1");
		assertThat(statusMeanwhile.current().version()).isEqualTo(old);
		assertThat(reloadDoneMeanwhile).isFalse();
		assertThat(gate.thread.get()).as("where the gate ran").isEqualTo("rules-build");
		if (NiceValues.shownAndAbove(BackgroundThreads.nice())) {
			assertThat(gate.nice.get()).as("the gate's nice value").isEqualTo(BackgroundThreads.nice());
		}
		assertThat(after.current().version()).isEqualTo(next);
		assertThat(evaluate(engine).firings()).extracting(m -> m.rule().id())
			.containsExactly("ENG-TEST-1", "ENG-TEST-2");
	}

	@Test
	void aChangeIsTakenFromFileEventsWithoutWaitingForThePoll(@TempDir Path rules) throws Exception {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		DroolsRuleEngine engine = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC());
		String before = engine.current().version();
		// the poll would not look for an hour: only an event can bring the change in
		RulesWatcher watcher = new RulesWatcher(engine, Duration.ofHours(1), Duration.ofMillis(100));
		try {
			DroolsRuleEngineTests.write(rules, "england/local/b.drl", RuleText.rule("ENG-TEST-2", "NOTE", DATE)
				.replace("placement.england.eligibility", "placement.england.local"));

			await().atMost(Duration.ofSeconds(20)).until(() -> !engine.current().version().equals(before));
		}
		finally {
			watcher.destroy();
		}

		assertThat(engine.current().version()).isEqualTo(RuleFiles.read(rules).version());
	}

	@Test
	void aReloadedRulesetServesWithTheLeanKieBaseOfTheRequestsServedAlreadyBuiltAndGated(@TempDir Path rules)
			throws Exception {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		LeanBasesSeen gate = new LeanBasesSeen();
		DroolsRuleEngine engine = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC(), gate);
		evaluate(engine); // asks for its set's lean KieBase, built on the background
							// thread
		CompletableFuture.runAsync(() -> {
		}, LeanBases.BACKGROUND).get(60, TimeUnit.SECONDS); // queued after that build
		DroolsRuleEngineTests.write(rules, "england/eligibility/b.drl", RuleText.rule("ENG-TEST-2", "NOTE", DATE));

		RulesetStatus after = engine.reload();

		// at start-up nothing was served before; the reload's candidate had the set's
		// lean KieBase when the gate checked it, and the gate's request of another set
		// (a Welsh authority) built none while it was a candidate
		assertThat(gate.before).containsExactly(0, 1);
		assertThat(gate.after).containsExactly(0, 1);
		assertThat(after.current().version()).isEqualTo(RuleFiles.read(rules).version());
		assertThat(evaluate(engine).firings()).extracting(m -> m.rule().id())
			.containsExactly("ENG-TEST-1", "ENG-TEST-2");
	}

	private static Evaluation evaluate(DroolsRuleEngine engine) {
		return engine.evaluate(Children.inDurhamOn(Children.AS_OF), Children.aThirteenYearOldInCare(),
				List.of(Candidates.anApprovedFosterCarer("P-1")));
	}

	/**
	 * Passes every ruleset; from the second check on (the first is the one at start-up),
	 * says it has begun and waits to be released.
	 */
	@Test
	void leanKieBasesAreMadeBehindTheRequestThreads() throws Exception {
		assumeTrue(NiceValues.shownAndAbove(BackgroundThreads.nice()),
				"threads' nice values are shown in /proc on Linux only");

		int nice = CompletableFuture.supplyAsync(NiceValues::ofCurrentThread, LeanBases.BACKGROUND)
			.get(60, TimeUnit.SECONDS);

		assertThat(nice).isEqualTo(BackgroundThreads.nice());
	}

	static final class HeldGate implements RulesetGate {

		final CountDownLatch gating = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		final AtomicReference<String> thread = new AtomicReference<>();

		/** The gating thread's nice value, where Linux shows it. */
		final AtomicReference<Integer> nice = new AtomicReference<>();

		private final AtomicInteger checks = new AtomicInteger();

		@Override
		public String version() {
			return "held";
		}

		@Override
		public Verdict check(Ruleset ruleset, RuleEngine candidate) {
			if (checks.incrementAndGet() > 1) {
				thread.set(Thread.currentThread().getName());
				if (NiceValues.readable()) {
					nice.set(NiceValues.ofCurrentThread());
				}
				gating.countDown();
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			return new Verdict(null, List.of());
		}

	}

	/**
	 * Passes every ruleset; notes how many lean KieBases each candidate has before and
	 * after it evaluates a request of a set no request asked for before.
	 */
	static final class LeanBasesSeen implements RulesetGate {

		final List<Integer> before = new CopyOnWriteArrayList<>();

		final List<Integer> after = new CopyOnWriteArrayList<>();

		@Override
		public String version() {
			return "lean";
		}

		@Override
		public Verdict check(Ruleset ruleset, RuleEngine candidate) {
			CompiledRuleEngine engine = (CompiledRuleEngine) candidate;
			before.add(engine.leanBases());
			engine.evaluate(new Situation(Children.AS_OF, "W06000015", false, 13, true, "W06000015"),
					Children.aThirteenYearOldInCare(), List.of(Candidates.anApprovedFosterCarer("P-1")));
			after.add(engine.leanBases());
			return new Verdict(null, List.of());
		}

	}

}
