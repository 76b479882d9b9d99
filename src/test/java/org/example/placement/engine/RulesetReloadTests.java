package org.example.placement.engine;

import java.math.BigDecimal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.Evaluation;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.decision.Ranking;
import org.example.placement.decision.RulesetStatus;
import org.example.placement.decision.Whereabouts;
import org.example.placement.support.Candidates;
import org.example.placement.support.RuleDirectories;
import org.example.placement.support.Children;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A new ruleset is swapped in whole or not at all, and the last good one keeps serving.
 */
class RulesetReloadTests {

	static final String DATE = "@inForceFrom(\"2011-04-01\")";

	@Test
	void keepsServingTheLastGoodRulesetWhenANewOneDoesNotCompile(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		DroolsRuleEngine engine = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC());
		String good = engine.current().version();
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl",
				RuleText.rule("ENG-TEST-1", "NOTE", DATE).replace("then", "then then ("));

		RulesetStatus status = engine.reload();

		assertThat(status.current().version()).isEqualTo(good);
		assertThat(status.lastRejection().problems()).anySatisfy(p -> {
			assertThat(p.file()).isEqualTo("england/eligibility/a.drl");
			assertThat(p.line()).isPositive();
		});
		assertThat(evaluate(engine).rulesetVersion()).isEqualTo(good);
	}

	@Test
	void swapsInAGoodRulesetAndClearsTheRejection(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		DroolsRuleEngine engine = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC());
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", "broken");
		engine.reload();
		DroolsRuleEngineTests.write(rules, "england/eligibility/b.drl", RuleText.rule("ENG-TEST-2", "NOTE", DATE));
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));

		RulesetStatus status = engine.reload();

		assertThat(status.lastRejection()).isNull();
		assertThat(evaluate(engine).firings()).extracting(m -> m.rule().id()).contains("ENG-TEST-1", "ENG-TEST-2");
	}

	@Test
	void handsANewRulesetToTheLogBeforeItServesAndServesItEvenWhenTheLogCannotTakeIt(@TempDir Path rules)
			throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		DroolsRuleEngine engine = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC());
		String first = evaluate(engine).rulesetVersion();
		List<String> handed = new ArrayList<>();
		engine.served().beforeServing((sources) -> {
			handed.add(sources.version() + " while " + evaluate(engine).rulesetVersion() + " serves");
			throw new IllegalStateException("the log's database is down");
		});
		DroolsRuleEngineTests.write(rules, "england/eligibility/b.drl", RuleText.rule("ENG-TEST-2", "NOTE", DATE));

		engine.reload();

		String second = evaluate(engine).rulesetVersion();
		assertThat(second).isNotEqualTo(first);
		assertThat(handed).containsExactly(second + " while " + first + " serves");
		assertThat(engine.served().sources(second)).isPresent();
	}

	@Test
	void rejectsARuleFileThatIsNotUtf8NamingFileAndLine(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		DroolsRuleEngine engine = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC());
		String good = engine.current().version();
		writeLatin1(rules, "england/eligibility/b.drl");

		RulesetStatus status = engine.reloadIfChanged();

		assertThat(status.current().version()).isEqualTo(good);
		assertThat(status.lastRejection().version()).startsWith("sha256:").isNotEqualTo(good);
		assertThat(status.lastRejection().problems()).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("england/eligibility/b.drl");
			assertThat(p.line()).isEqualTo(7);
			assertThat(p.message()).contains("UTF-8", "0xE9");
		});
		assertThat(evaluate(engine).rulesetVersion()).isEqualTo(good);
	}

	@Test
	void watcherReportsAnUnreadableFileOnceNotOnEveryLook(@TempDir Path rules) throws Exception {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		DroolsRuleEngine engine = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC());
		ListAppender<ILoggingEvent> logged = capture(DroolsRuleEngine.class, RulesWatcher.class);
		RulesWatcher watcher = new RulesWatcher(engine, Duration.ofMillis(50));
		try {
			writeLatin1(rules, "england/eligibility/b.drl");
			await().atMost(Duration.ofSeconds(10)).until(() -> engine.status().lastRejection() != null);
			// several more looks at the same broken file report nothing more
			await().during(Duration.ofMillis(500))
				.atMost(Duration.ofSeconds(2))
				.until(() -> errors(logged).size() == 1);
		}
		finally {
			watcher.destroy();
			release(logged, DroolsRuleEngine.class, RulesWatcher.class);
		}

		assertThat(engine.status().lastRejection()).isNotNull();
		assertThat(errors(logged)).singleElement()
			.satisfies(e -> assertThat(e.getFormattedMessage()).contains("england/eligibility/b.drl:7"));
	}

	@Test
	void clearsTheRejectionOnceTheFilesOnDiskAreTheServingOnesAgain(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		DroolsRuleEngine engine = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC());
		String good = engine.current().version();
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", "broken");
		assertThat(engine.reloadIfChanged().lastRejection()).isNotNull();
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));

		RulesetStatus status = engine.reloadIfChanged();

		assertThat(status.current().version()).isEqualTo(good);
		assertThat(status.lastRejection()).isNull();
	}

	/**
	 * A rule file saved as Latin-1 (as a spreadsheet's plain "CSV" would), with an
	 * e-acute on line 7.
	 */
	private static void writeLatin1(Path rules, String file) throws IOException {
		String text = RuleText.rule("ENG-TEST-2", "NOTE", DATE).replace("A test rule", "A test rule for the caf\u00e9");
		Files.write(rules.resolve(file), text.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static ListAppender<ILoggingEvent> capture(Class<?>... loggers) {
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		for (Class<?> type : loggers) {
			((Logger) LoggerFactory.getLogger(type)).addAppender(appender);
		}
		return appender;
	}

	private static void release(ListAppender<ILoggingEvent> appender, Class<?>... loggers) {
		for (Class<?> type : loggers) {
			((Logger) LoggerFactory.getLogger(type)).detachAppender(appender);
		}
	}

	@Test
	void watcherPicksUpAChangedFileWithinSeconds(@TempDir Path rules) throws Exception {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		DroolsRuleEngine engine = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC());
		String before = engine.current().version();
		RulesWatcher watcher = new RulesWatcher(engine, Duration.ofMillis(200));
		try {
			DroolsRuleEngineTests.write(rules, "england/eligibility/b.drl", RuleText.rule("ENG-TEST-2", "NOTE", DATE));

			await().atMost(Duration.ofSeconds(10)).until(() -> !engine.current().version().equals(before));
		}
		finally {
			watcher.destroy();
		}

		assertThat(engine.current().version()).isNotEqualTo(before);
	}

	@Test
	void picksUpAChangedWeightInADecisionTableWithoutRestart(@TempDir Path rules) throws Exception {
		RuleDirectories.copyInto(rules);
		DroolsRuleEngine engine = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC());
		String before = engine.current().version();
		List<String> rankingBefore = ranking(engine);
		RulesWatcher watcher = new RulesWatcher(engine, Duration.ofMillis(200));
		try {
			RuleDirectories.stopPreferringNearHome(rules);
			// two files change: wait for the version that holds both
			String both = RuleFiles.read(rules).version();
			await().atMost(Duration.ofSeconds(10)).until(() -> engine.current().version().equals(both));
		}
		finally {
			watcher.destroy();
		}

		assertThat(engine.current().version()).isNotEqualTo(before);
		assertThat(evaluate(engine).rulesetVersion()).isEqualTo(engine.current().version());
		assertThat(rankingBefore).containsExactly("P-NEAR", "P-FURTHER");
		assertThat(ranking(engine)).containsExactly("P-FURTHER", "P-NEAR");
	}

	/** A carer 1.4 miles from home and one 11.7 miles away, otherwise alike. */
	private static List<String> ranking(DroolsRuleEngine engine) {
		List<Candidate> carers = List.of(atMiles("P-NEAR", "1.4"), atMiles("P-FURTHER", "11.7"));
		Evaluation evaluation = engine.evaluate(Children.inDurhamOn(Children.AS_OF), Children.aThirteenYearOldInCare(),
				carers);
		return Ranking.rank(carers, evaluation.matches()).candidates().stream().map(RankedCandidate::ref).toList();
	}

	private static Candidate atMiles(String ref, String miles) {
		Candidate c = Candidates.anApprovedFosterCarer(ref);
		return c.locatedAt(new Whereabouts(new BigDecimal(miles), c.localAuthority(), c.location(), c.atDistance()));
	}

	@Test
	void dropsNoRequestWhileReloading(@TempDir Path rules) throws Exception {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		DroolsRuleEngine engine = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC());
		Set<String> versions = ConcurrentHashMap.newKeySet();
		versions.add(engine.current().version());
		AtomicBoolean reloading = new AtomicBoolean(true);
		ExecutorService callers = Executors.newFixedThreadPool(2);
		List<Future<Integer>> results = List.of(callers.submit(() -> evaluateUntil(engine, reloading)),
				callers.submit(() -> evaluateUntil(engine, reloading)));

		for (int i = 0; i < 10; i++) {
			DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl",
					RuleText.rule("ENG-TEST-1", "NOTE", DATE) + "\n".repeat(i + 1));
			versions.add(engine.reload().current().version());
		}
		reloading.set(false);
		callers.shutdown();

		for (Future<Integer> result : results) {
			assertThat(result.get()).isPositive();
		}
		assertThat(versions).hasSize(11);
	}

	/** Evaluates until told to stop; any failed evaluation fails the future. */
	private static int evaluateUntil(DroolsRuleEngine engine, AtomicBoolean running) {
		int count = 0;
		while (running.get()) {
			Evaluation evaluation = evaluate(engine);
			assertThat(evaluation.firings()).extracting(m -> m.rule().id()).containsExactly("ENG-TEST-1");
			count++;
		}
		return count;
	}

	private static Evaluation evaluate(DroolsRuleEngine engine) {
		return engine.evaluate(Children.inDurhamOn(Children.AS_OF), Children.aThirteenYearOldInCare(),
				List.of(Candidates.anApprovedFosterCarer("P-1")));
	}

	private static List<ILoggingEvent> errors(ListAppender<ILoggingEvent> logged) {
		// the appender appends under its own lock
		synchronized (logged) {
			return logged.list.stream().filter((e) -> e.getLevel() == Level.ERROR).toList();
		}
	}

}
