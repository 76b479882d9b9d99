package org.example.placement.scenario;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.example.placement.support.Jars;
import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetGate;
import org.example.placement.scenario.KnownVerdictsTests.CountingGate;
import org.example.placement.scenario.KnownVerdictsTests.Recorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate's pass recorded by the build in the jar: a first start of that jar on the same
 * rule files, scenario files, JDK, build mode and adjacency overrides reuses it without
 * running the scenarios or asking the database; any change runs them (and a failing
 * ruleset is still refused), and a verdict from another build, or from anywhere but the
 * application's own jar, is never taken.
 */
class PackagedVerdictTests {

	@TempDir
	Path dir;

	Path scenarios;

	Path classes;

	final CountingGate scenariosRun = new CountingGate();

	final Recorded recorded = new Recorded();

	private URLClassLoader loader;

	@BeforeEach
	void build() throws IOException {
		scenarios = Files.createDirectories(dir.resolve("test-scenarios/england/eligibility"));
		Files.writeString(scenarios.resolve("a.yaml"), "title: a\n");
		scenarios = dir.resolve("test-scenarios");
		classes = Files.createDirectories(dir.resolve("classes/META-INF"));
		classes = dir.resolve("classes");
		buildInfo("2026-11-30T20\\:00\\:00.123Z");
		Files.writeString(classes.resolve("git.properties"), "git.commit.id.full=a692a06\ngit.dirty=false\n");
	}

	@AfterEach
	void close() throws IOException {
		if (loader != null) {
			loader.close();
		}
	}

	@Test
	void aFirstStartOfTheBuiltJarOnItsOwnFilesReusesTheBuildsPassWithoutTheScenariosOrTheDatabase() throws IOException {
		record("sha256:r1");
		recorded.down = true;

		RulesetGate.Verdict verdict = gate(packaged(), "MVEL", "").check(ruleset("sha256:r1"), null);

		assertThat(verdict.passed()).isTrue();
		assertThat(verdict.scenariosChecked()).isEqualTo(149);
		assertThat(scenariosRun.runs).as("the scenarios did not run").hasValue(0);
	}

	@Test
	void aChangedRuleFileRunsTheScenariosAndRecordsThatPassInTheDatabase() throws IOException {
		record("sha256:r1");

		gate(packaged(), "MVEL", "").check(ruleset("sha256:r2"), null);

		assertThat(scenariosRun.runs).hasValue(1);
		assertThat(recorded.keys).hasSize(1);
	}

	@Test
	void anEditedOrAddedScenarioFileRunsTheScenarios() throws IOException {
		record("sha256:r1");
		ClassLoader built = packaged();
		Files.writeString(scenarios.resolve("england/eligibility/a.yaml"), "title: a, edited\n");
		gate(built, "MVEL", "").check(ruleset("sha256:r1"), null);
		Files.writeString(scenarios.resolve("england/eligibility/a.yaml"), "title: a\n");
		Files.writeString(scenarios.resolve("england/eligibility/b.yaml"), "title: b\n");
		gate(built, "MVEL", "").check(ruleset("sha256:r1"), null);

		assertThat(scenariosRun.runs).hasValue(2);
	}

	@Test
	void anotherJdkBuildModeOrAdjacencyOverridesRunsTheScenarios() throws IOException {
		String build = VerdictKey.build(classes);
		String otherJdk = VerdictKey.context(build, "MVEL", "").replace("jdk ", "jdk another ");
		new PackagedVerdict(VerdictKey.of("sha256:r1", scenarios, otherJdk).orElseThrow(), "sha256:r1", 149, build)
			.writeInto(classes);
		gate(packaged(), "MVEL", "").check(ruleset("sha256:r1"), null);

		record("sha256:r1");
		ClassLoader built = packaged();
		Path overrides = Files.writeString(dir.resolve("adjacency.csv"),
				"change,la_code_a,la_code_b\nadd,E06000047,E06000005\n");
		gate(built, "EXECUTABLE_MODEL", "").check(ruleset("sha256:r1"), null);
		gate(built, "MVEL", overrides.toString()).check(ruleset("sha256:r1"), null);

		assertThat(scenariosRun.runs).hasValue(3);
	}

	@Test
	void aRulesetThatFailsIsStillRefused() throws IOException {
		record("sha256:r1");
		scenariosRun.fails = true;

		RulesetGate.Verdict verdict = gate(packaged(), "MVEL", "").check(ruleset("sha256:r2"), null);

		assertThat(verdict.passed()).isFalse();
		assertThat(verdict.problems()).containsExactly(CountingGate.FAILURE);
		assertThat(recorded.keys).isEmpty();
	}

	@Test
	void aVerdictLeftFromAnotherBuildOrForgedForThisOneIsNotTaken() throws IOException {
		record("sha256:r1");
		buildInfo("2026-11-30T21\\:00\\:00.456Z");
		gate(packaged(), "MVEL", "").check(ruleset("sha256:r1"), null);
		assertThat(PackagedVerdict.read(loader, VerdictKey.build(loader))).as("another build's").isEmpty();

		Properties left = VerdictKey.read(classes.resolve(PackagedVerdict.RESOURCE).toUri().toURL());
		new PackagedVerdict(left.getProperty("key"), left.getProperty("ruleset"), 149, VerdictKey.build(classes))
			.writeInto(classes);
		recorded.keys.clear();
		gate(packaged(), "MVEL", "").check(ruleset("sha256:r1"), null);

		assertThat(scenariosRun.runs).hasValue(2);
	}

	@Test
	void aVerdictAnywhereButTheApplicationsOwnJarIsNotTaken() throws IOException {
		record("sha256:r1");
		Path verdictOnly = dir.resolve("elsewhere.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(verdictOnly))) {
			out.putNextEntry(new JarEntry(PackagedVerdict.RESOURCE));
			out.write(Files.readAllBytes(classes.resolve(PackagedVerdict.RESOURCE)));
		}
		Files.delete(classes.resolve(PackagedVerdict.RESOURCE));
		Path app = jar();
		try (URLClassLoader beside = new URLClassLoader(new URL[] { app.toUri().toURL(), verdictOnly.toUri().toURL() },
				null)) {
			gate(beside, "MVEL", "").check(ruleset("sha256:r1"), null);
		}
		record("sha256:r1");
		try (URLClassLoader directory = new URLClassLoader(new URL[] { classes.toUri().toURL() }, null)) {
			gate(directory, "MVEL", "").check(ruleset("sha256:r1"), null);
		}

		assertThat(scenariosRun.runs).hasValue(2);
	}

	/** What the build's step does: the pass of {@code ruleset}, in the classes. */
	private void record(String ruleset) throws IOException {
		PackagedVerdict.of(ruleset, 149, scenarios, classes, "MVEL", "").orElseThrow().writeInto(classes);
	}

	/** The jar the classes are packaged into, as the application runs it. */
	private ClassLoader packaged() throws IOException {
		close();
		loader = new URLClassLoader(new URL[] { jar().toUri().toURL() }, null);
		return loader;
	}

	private Path jar() throws IOException {
		return Jars.pack(classes, Files.createTempFile(dir, "app", ".jar"));
	}

	private KnownVerdicts gate(ClassLoader app, String rulesBuild, String overrides) {
		return KnownVerdicts.of(scenariosRun, scenarios, recorded, app, rulesBuild, overrides);
	}

	private void buildInfo(String time) throws IOException {
		Files.writeString(classes.resolve("META-INF/build-info.properties"),
				"build.version=0.1.0-SNAPSHOT\nbuild.time=" + time + "\n");
	}

	private static Ruleset ruleset(String version) {
		return new Ruleset(version, Instant.EPOCH, "rules", List.of(), List.of());
	}

}
