package org.example.placement.scenario;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import org.example.placement.cli.Cli;
import org.example.placement.decision.RuleProblem;
import org.example.placement.decision.RulesetStatus;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.geography.Geographies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ruleset gate runs the sufficiency scenarios too: a change to a duty rule that
 * breaks one is refused on reload, the old ruleset serving on, and by {@code validate},
 * naming the scenario, as a change that breaks a decision scenario is. The rules are a
 * copy of {@code rules/} in which the rule classifying a child placed with a parent
 * (ENG-S22G-2A) looks for the wrong placement code.
 */
@Tag("rules")
class SufficiencyGateTests {

	static final Path SCENARIOS = Path.of("test-scenarios");

	static final String CLASSIFICATION = "england/sufficiency/classification.drl";

	static final String BROKEN_SCENARIO = "test-scenarios/england/sufficiency/classifies-each-child-looked-after-at-year-end.yaml";

	@TempDir
	Path rules;

	@BeforeEach
	void copyTheRules() throws IOException {
		Path from = Path.of("rules");
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path to = rules.resolve(from.relativize(file).toString());
				Files.createDirectories(to.getParent());
				Files.copy(file, to);
			}
		}
	}

	@Test
	void refusesOnReloadADutyRuleChangeThatBreaksASufficiencyScenario() throws IOException {
		ScenarioGate gate = new ScenarioGate(SCENARIOS, Geographies.ons());
		DroolsRuleEngine engine = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC(), gate);
		String serving = engine.current().version();
		int decisionScenarios = ScenarioFiles.find(SCENARIOS).size();
		int sufficiencyScenarios = ScenarioFiles.findSufficiency(SCENARIOS).size();
		assertThat(sufficiencyScenarios).isPositive();
		assertThat(engine.status().scenariosChecked()).isEqualTo(decisionScenarios + sufficiencyScenarios);

		breakTheParentRule();
		RulesetStatus status = engine.reload();

		assertThat(status.current().version()).isEqualTo(serving);
		assertThat(status.lastRejection().problems()).extracting(RuleProblem::file)
			.containsExactly(Path.of(BROKEN_SCENARIO).toString());
		assertThat(status.lastRejection().problems()).singleElement()
			.extracting(RuleProblem::message)
			.asString()
			.contains("scenario fails", "ENG-S22G-2A did not fire for");
	}

	@Test
	void validateFailsOnTheSameChangeNamingTheScenario() throws IOException {
		breakTheParentRule();
		StringWriter out = new StringWriter();

		int exit = Cli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "validate", rules.toString(),
				"--scenarios", SCENARIOS.toString());

		assertThat(exit).isEqualTo(1);
		assertThat(out.toString()).contains("FAIL " + BROKEN_SCENARIO, "ENG-S22G-2A did not fire for");
	}

	private void breakTheParentRule() throws IOException {
		Path file = rules.resolve(CLASSIFICATION);
		String text = Files.readString(file);
		String broken = text.replace("$child : DutyChild( placementType == \"P1\" )",
				"$child : DutyChild( placementType == \"P9\" )");
		assertThat(broken).isNotEqualTo(text);
		Files.writeString(file, broken);
	}

}
