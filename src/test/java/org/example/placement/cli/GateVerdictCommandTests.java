package org.example.placement.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.example.placement.support.Jars;
import org.example.placement.cli.CliTests.Run;
import org.example.placement.decision.GateVerdicts;
import org.example.placement.decision.RuleEngine;
import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetGate;
import org.example.placement.scenario.KnownVerdicts;
import org.example.placement.scenario.PackagedVerdict;
import org.example.placement.support.RuleDirectories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build's step before packaging: the shipped rules pass the shipped scenarios, and
 * that pass, recorded in the classes, is the one the service wired over the packaged jar
 * reuses for those rules (and for no other ruleset); rules that fail leave no verdict,
 * not even one an earlier build left.
 */
class GateVerdictCommandTests {

	@Test
	void recordsThePassOfTheShippedRulesAsTheServiceOverTheJarKeysIt(@TempDir Path dir) throws IOException {
		Path classes = classes(dir);

		Run run = CliTests.run("gate-verdict", "rules", "--scenarios", "test-scenarios", "--classes",
				classes.toString());

		assertThat(run.exit()).as(run.out() + run.err()).isZero();
		assertThat(run.out()).startsWith("Gate verdict recorded in " + classes.resolve(PackagedVerdict.RESOURCE))
			.contains("(MVEL, 0.1.0-SNAPSHOT built 2026-11-30T20:00:00.123Z commit a692a06)");
		Properties recorded = new Properties();
		try (InputStream in = Files.newInputStream(classes.resolve(PackagedVerdict.RESOURCE))) {
			recorded.load(in);
		}
		Counting scenarios = new Counting();
		try (URLClassLoader app = new URLClassLoader(new URL[] { jar(classes, dir).toUri().toURL() }, null)) {
			KnownVerdicts service = KnownVerdicts.of(scenarios, Path.of("test-scenarios"), GateVerdicts.NONE, app,
					"MVEL", "");
			RulesetGate.Verdict verdict = service.check(ruleset(recorded.getProperty("ruleset")), null);
			assertThat(verdict.passed()).isTrue();
			assertThat(verdict.scenariosChecked()).isEqualTo(Integer.parseInt(recorded.getProperty("scenarios")))
				.isGreaterThan(100);
			assertThat(scenarios.runs).as("the build's pass reused").hasValue(0);

			service.check(ruleset("sha256:another"), null);
			assertThat(scenarios.runs).as("another ruleset is gated").hasValue(1);
		}
	}

	@Test
	void rulesThatFailTheirScenariosLeaveNoVerdict(@TempDir Path dir) throws IOException {
		Path classes = classes(dir);
		Path left = Files.createDirectories(classes.resolve(PackagedVerdict.RESOURCE).getParent())
			.resolve("gate-verdict.properties");
		Files.writeString(left, "key=left by an earlier build\n");
		Path rules = RuleDirectories.copyInto(dir.resolve("rules"));
		Path table = rules.resolve("local/default/kind-order.drl.csv");
		Files.writeString(table, Files.readString(table).replace("\"PREFER\",\"30\"", "\"PREFER\",\"3\""));

		Run run = CliTests.run("gate-verdict", rules.toString(), "--scenarios", "test-scenarios", "--classes",
				classes.toString());

		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.out()).startsWith("No gate verdict recorded: the rules in " + rules + " do not pass");
		assertThat(left).doesNotExist();
	}

	/** A build's classes as the build leaves them before packaging: its information. */
	private static Path classes(Path dir) throws IOException {
		Path classes = Files.createDirectories(dir.resolve("classes/META-INF")).getParent();
		Files.writeString(classes.resolve("META-INF/build-info.properties"),
				"build.version=0.1.0-SNAPSHOT\nbuild.time=2026-11-30T20\\:00\\:00.123Z\n");
		Files.writeString(classes.resolve("git.properties"), "git.commit.id.full=a692a06\ngit.dirty=false\n");
		Files.writeString(classes.resolve("application.properties"), "placement.rules.build=MVEL\n");
		return classes;
	}

	private static Path jar(Path classes, Path dir) throws IOException {
		return Jars.pack(classes, dir.resolve("app.jar"));
	}

	private static Ruleset ruleset(String version) {
		return new Ruleset(version, Instant.EPOCH, "rules", List.of(), List.of());
	}

	/** Stands for the scenarios the service would run, counting each time. */
	static final class Counting implements RulesetGate {

		final AtomicInteger runs = new AtomicInteger();

		@Override
		public String version() {
			return "v";
		}

		@Override
		public Verdict check(Ruleset ruleset, RuleEngine candidate) {
			runs.incrementAndGet();
			return new Verdict(1, List.of());
		}

	}

}
