package org.example.placement.scenario;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.example.placement.decision.GateVerdicts;
import org.example.placement.decision.RuleEngine;
import org.example.placement.decision.RuleProblem;
import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetGate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pass of the scenario gate recorded for exactly the same rule files, scenario files,
 * build, JDK, build mode and adjacency overrides is reused on a restart; a change to any
 * of them runs the scenarios again, and so does a rejection, a build that is not
 * packaged, or a record that cannot be read.
 */
class KnownVerdictsTests {

	static final String BUILD = VerdictKey.context("0.1.0 built 2026-11-30T13:54:32Z", "MVEL", "");

	@TempDir
	Path scenarios;

	final CountingGate scenariosRun = new CountingGate();

	final Recorded recorded = new Recorded();

	@BeforeEach
	void scenarioFiles() throws IOException {
		Files.createDirectories(scenarios.resolve("england/eligibility"));
		Files.writeString(scenarios.resolve("england/eligibility/a.yaml"), "title: a\n");
	}

	@Test
	void aRestartOfTheSameBuildOnTheSameFilesReusesThePassWithoutRunningTheScenarios() {
		assertThat(gate(BUILD).check(ruleset("sha256:r1"), null).scenariosChecked()).isEqualTo(149);
		assertThat(scenariosRun.runs).hasValue(1);
		assertThat(recorded.keys).hasSize(1);

		RulesetGate.Verdict reused = gate(BUILD).check(ruleset("sha256:r1"), null);

		assertThat(scenariosRun.runs).as("the scenarios did not run again").hasValue(1);
		assertThat(reused.passed()).isTrue();
		assertThat(reused.scenariosChecked()).isEqualTo(149);
	}

	@Test
	void aChangedRuleFileRunsTheScenarios() {
		gate(BUILD).check(ruleset("sha256:r1"), null);

		gate(BUILD).check(ruleset("sha256:r2"), null);

		assertThat(scenariosRun.runs).hasValue(2);
	}

	@Test
	void anEditedAddedOrRemovedScenarioFileOrItsDataRunsTheScenarios() throws IOException {
		gate(BUILD).check(ruleset("sha256:r1"), null);
		Files.writeString(scenarios.resolve("england/eligibility/a.yaml"), "title: a, edited\n");
		gate(BUILD).check(ruleset("sha256:r1"), null);
		Files.writeString(scenarios.resolve("england/eligibility/b.yaml"), "title: b\n");
		gate(BUILD).check(ruleset("sha256:r1"), null);
		Files.writeString(scenarios.resolve("england/eligibility/episodes.csv"), "a,b\n");
		gate(BUILD).check(ruleset("sha256:r1"), null);
		Files.delete(scenarios.resolve("england/eligibility/b.yaml"));
		gate(BUILD).check(ruleset("sha256:r1"), null);

		assertThat(scenariosRun.runs).hasValue(5);
		assertThat(recorded.keys).hasSize(5);
	}

	@Test
	void anotherBuildJdkModeOrAdjacencyOverridesRunsTheScenarios(@TempDir Path config) throws IOException {
		Path overrides = config.resolve("adjacency.csv");
		Files.writeString(overrides, "change,la_code_a,la_code_b\nadd,E06000047,E06000005\n");
		gate(BUILD).check(ruleset("sha256:r1"), null);

		gate(VerdictKey.context("0.1.0 built 2026-11-30T15:00:00Z", "MVEL", "")).check(ruleset("sha256:r1"), null);
		gate(BUILD.replace("jdk ", "jdk another ")).check(ruleset("sha256:r1"), null);
		gate(VerdictKey.context("0.1.0 built 2026-11-30T13:54:32Z", "EXECUTABLE_MODEL", "")).check(ruleset("sha256:r1"),
				null);
		gate(VerdictKey.context("0.1.0 built 2026-11-30T13:54:32Z", "MVEL", overrides.toString()))
			.check(ruleset("sha256:r1"), null);
		Files.writeString(overrides, "change,la_code_a,la_code_b\nremove,E06000047,E06000005\n");
		gate(VerdictKey.context("0.1.0 built 2026-11-30T13:54:32Z", "MVEL", overrides.toString()))
			.check(ruleset("sha256:r1"), null);

		assertThat(scenariosRun.runs).hasValue(6);
		assertThat(BUILD).contains("jdk " + System.getProperty("java.vm.vendor"));
	}

	@Test
	void aRejectionIsNotRecordedSoTheScenariosRunAgainAndReportIt() {
		scenariosRun.fails = true;
		assertThat(gate(BUILD).check(ruleset("sha256:r1"), null).passed()).isFalse();

		RulesetGate.Verdict again = gate(BUILD).check(ruleset("sha256:r1"), null);

		assertThat(again.passed()).isFalse();
		assertThat(again.problems()).containsExactly(CountingGate.FAILURE);
		assertThat(scenariosRun.runs).hasValue(2);
		assertThat(recorded.keys).isEmpty();
	}

	@Test
	void withoutAPackagedBuildNothingIsReusedOrRecorded() {
		assertThat(VerdictKey.context(null, "MVEL", "")).isNull();
		gate(null).check(ruleset("sha256:r1"), null);
		gate(null).check(ruleset("sha256:r1"), null);

		assertThat(scenariosRun.runs).hasValue(2);
		assertThat(recorded.keys).isEmpty();
	}

	@Test
	void aRecordThatCannotBeReadRunsTheScenarios() {
		gate(BUILD).check(ruleset("sha256:r1"), null);
		recorded.down = true;

		RulesetGate.Verdict verdict = gate(BUILD).check(ruleset("sha256:r1"), null);

		assertThat(verdict.passed()).isTrue();
		assertThat(scenariosRun.runs).hasValue(2);
	}

	@Test
	void scenarioDataOutsideTheScenariosDirectoryIsNotInTheKeySoItsScenariosAlwaysRun() throws IOException {
		Files.createDirectories(scenarios.resolve("wales/sufficiency"));
		Files.writeString(scenarios.resolve("wales/sufficiency/s.yaml"), """
				title: data from elsewhere
				covers: []
				given: { authority: W06000015, yearEnd: 2026-03-31, data: ../../../elsewhere, files: {} }
				expect: { fired: [], notFired: [] }
				""");
		gate(BUILD).check(ruleset("sha256:r1"), null);
		gate(BUILD).check(ruleset("sha256:r1"), null);

		assertThat(scenariosRun.runs).hasValue(2);
		assertThat(recorded.keys).isEmpty();
	}

	@Test
	void theBuildIsKnownOnlyFromAPackagedJar(@TempDir Path dir) throws IOException {
		Path jar = dir.resolve("app.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
			entry(out, "META-INF/build-info.properties", "build.version=0.1.0\nbuild.time=2026-11-30T13\\:54\\:32Z\n");
			entry(out, "git.properties", "git.commit.id.full=3718f0b\ngit.dirty=false\n");
		}
		Path classes = Files.createDirectories(dir.resolve("classes/META-INF"));
		Files.writeString(classes.resolve("build-info.properties"), "build.version=0.1.0\n");

		try (URLClassLoader packaged = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null);
				URLClassLoader directory = new URLClassLoader(new URL[] { dir.resolve("classes").toUri().toURL() },
						null)) {
			assertThat(VerdictKey.build(packaged)).isEqualTo("0.1.0 built 2026-11-30T13:54:32Z commit 3718f0b");
			assertThat(VerdictKey.build(directory)).isNull();
		}
	}

	private KnownVerdicts gate(String context) {
		return new KnownVerdicts(scenariosRun, scenarios, recorded, context, "test build", Optional.empty());
	}

	private static Ruleset ruleset(String version) {
		return new Ruleset(version, Instant.EPOCH, "rules", List.of(), List.of());
	}

	private static void entry(JarOutputStream out, String name, String text) throws IOException {
		out.putNextEntry(new JarEntry(name));
		out.write(text.getBytes(StandardCharsets.UTF_8));
		out.closeEntry();
	}

	/** Stands for the 149 scenarios, counting each time they run. */
	static final class CountingGate implements RulesetGate {

		static final RuleProblem FAILURE = new RuleProblem("test-scenarios/a.yaml", 0, "scenario fails");

		final AtomicInteger runs = new AtomicInteger();

		boolean fails;

		@Override
		public String version() {
			return "v";
		}

		@Override
		public Verdict check(Ruleset ruleset, RuleEngine candidate) {
			runs.incrementAndGet();
			return fails ? new Verdict(149, List.of(FAILURE)) : new Verdict(149, List.of());
		}

	}

	/** The decision log's table, in memory. */
	static final class Recorded implements GateVerdicts {

		final Map<String, Integer> keys = new ConcurrentHashMap<>();

		boolean down;

		@Override
		public OptionalInt passed(String key) {
			if (down) {
				throw new IllegalStateException("the database is down");
			}
			Integer checked = keys.get(key);
			return (checked != null) ? OptionalInt.of(checked) : OptionalInt.empty();
		}

		@Override
		public void recordPassed(String key, String rulesetVersion, int scenariosChecked, String build) {
			keys.putIfAbsent(key, scenariosChecked);
		}

	}

}
