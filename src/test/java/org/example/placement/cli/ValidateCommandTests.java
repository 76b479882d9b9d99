package org.example.placement.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.example.placement.cli.CliTests.Run;
import org.example.placement.support.RuleDirectories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code validate} prints: the summary first, then each failure with its expected
 * and actual ranking and the scores; and nothing from the engine or the framework unless
 * {@code --verbose}.
 */
class ValidateCommandTests {

	@Test
	void printsTheSummaryFirstThenEachFailingRankingWithItsScoresAndNoLog(@TempDir Path dir) throws IOException {
		Path rules = RuleDirectories.copyInto(dir.resolve("rules"));
		Path table = rules.resolve("local/default/kind-order.drl.csv");
		Files.writeString(table, Files.readString(table).replace("\"PREFER\",\"30\"", "\"PREFER\",\"3\""));
		ListAppender<ILoggingEvent> logged = capture();

		Run run = CliTests.run("validate", rules.toString(), "--scenarios", "test-scenarios");

		release(logged);
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.out()).startsWith("FAIL " + rules + "\n  rules      ")
			.containsPattern("\n  rules      (\\d+) in \\d+ files compile with complete metadata \\(sha256:")
			.containsPattern("\n  scenarios  (\\d+) run: \\d+ passed, 1 failed\n")
			.containsPattern(
					"\n  coverage   (\\d+) of \\1 rules have a scenario where they fire and one where they do not\n")
			.contains("  result     FAIL\n\nFailures:\nFAIL test-scenarios/local/default/kind-order/",
					"  expected ranking: 1. P-IN-HOUSE, 2. P-IFA, 3. P-HOME, 4. P-OTHER\n",
					"  actual ranking:   1. P-IFA score 50 (statutory 10, local 40)",
					"3. P-IN-HOUSE score 33 (statutory 10, local 23)");
		Matcher scenarios = Pattern.compile("scenarios  (\\d+) run: (\\d+) passed").matcher(run.out());
		assertThat(scenarios.find()).isTrue();
		assertThat(Integer.parseInt(scenarios.group(2))).isEqualTo(Integer.parseInt(scenarios.group(1)) - 1);
		assertThat(logged.list).isEmpty();
	}

	@Test
	void printsATableTypoByRowAndColumnOnce(@TempDir Path dir) throws IOException {
		Path rules = RuleDirectories.copyInto(dir.resolve("rules"));
		Path table = rules.resolve("local/default/kind-order.drl.csv");
		Files.writeString(table, Files.readString(table).replace("\"PREFER\",\"30\"", "\"PREFER\",\"thirty\""));

		Run run = CliTests.run("validate", rules.toString());

		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.out()).startsWith("FAIL " + rules + "\n  rules      does not compile or validate: 1 problem(s)")
			.endsWith("Failures:\nFAIL local/default/kind-order.drl.csv row 10, column Weight: 'thirty' is not a"
					+ " whole number\n");
	}

	@Test
	void showsTheEnginesLogWhenVerbose(@TempDir Path dir) throws IOException {
		Path rules = dir.resolve("rules");
		Files.createDirectories(rules.resolve("england/tiers"));
		Files.writeString(rules.resolve("england/tiers/note.drl"), """
				package placement.england.tiers;

				import org.example.placement.decision.Candidate;
				import org.example.placement.engine.RuleHit;

				rule "ENG-TEST-1"
				    @title("A note")
				    @citation("Children Act 1989 s22C(5)")
				    @effect("NOTE")
				    @inForceFrom("2011-04-01")
				when
				    $candidate : Candidate( )
				then
				    insertLogical( RuleHit.of( drools.getRule(), $candidate ) );
				end
				""");
		Files.createDirectories(dir.resolve("scenarios"));
		ListAppender<ILoggingEvent> logged = capture();

		CliTests.run("validate", rules.toString(), "--scenarios", dir.resolve("scenarios").toString(), "--verbose");

		release(logged);
		assertThat(logged.list).isNotEmpty();
	}

	private static ListAppender<ILoggingEvent> capture() {
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		root().addAppender(appender);
		return appender;
	}

	private static void release(ListAppender<ILoggingEvent> appender) {
		root().detachAppender(appender);
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
	}

}
