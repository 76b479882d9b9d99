package org.example.placement.sufficiency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.example.placement.scenario.Expectation.RuleOnCandidate;
import org.example.placement.scenario.ScenarioFiles;
import org.example.placement.scenario.SufficiencyScenario;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per sufficiency scenario
 * ({@code test-scenarios/**}{@code /sufficiency/*.yaml}): the rules that must fire and
 * must not, for each subject, and the report's figures as the scenario's comments work
 * them out by hand.
 */
@Tag("rules")
class SufficiencyScenarioTests {

	private static final Path SCENARIOS = Path.of("test-scenarios");

	@TestFactory
	Stream<DynamicTest> everySufficiencyScenario() {
		return ScenarioFiles.findSufficiency(SCENARIOS)
			.stream()
			.map(file -> DynamicTest.dynamicTest(SCENARIOS.relativize(file) + ": " + title(file), () -> run(file)));
	}

	private static String title(Path file) {
		return ScenarioFiles.readSufficiency(file).title();
	}

	private static void run(Path file) {
		SufficiencyScenario scenario = ScenarioFiles.readSufficiency(file);

		SufficiencyReport report = Assessors.ASSESSOR.assess(scenario.given().authority(), scenario.given().yearEnd(),
				files(file, scenario.given()), Progress.NONE);

		Set<RuleOnCandidate> hits = hits(report);
		assertThat(hits).as("rules that fired").containsAll(scenario.expect().fired());
		assertThat(hits).as("rules that fired").doesNotContainAnyElementsOf(scenario.expect().notFired());
		if (scenario.expect().report() != null) {
			JsonNode actual = JsonMapper.builder().build().readTree(ReportFiles.json(report));
			List<String> mismatches = new ArrayList<>();
			PartialJson.compare("", scenario.expect().report(), actual, mismatches);
			assertThat(mismatches).as("report fields that differ").isEmpty();
		}
	}

	static ReturnFiles files(Path scenario, SufficiencyScenario.Given given) {
		Map<String, byte[]> files = new HashMap<>();
		if (given.data() != null) {
			files.putAll(ReturnFiles.fromFolder(scenario.getParent().resolve(given.data())).files());
		}
		given.files().forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
		return new ReturnFiles(files);
	}

	private static Set<RuleOnCandidate> hits(SufficiencyReport report) {
		Set<RuleOnCandidate> hits = new HashSet<>();
		report.children()
			.stream()
			.filter(c -> c.ruleId() != null)
			.forEach(c -> hits.add(new RuleOnCandidate(c.ruleId(), c.child().child())));
		report.findings().forEach(f -> hits.add(new RuleOnCandidate(f.ruleId(), f.subject())));
		return hits;
	}

}
