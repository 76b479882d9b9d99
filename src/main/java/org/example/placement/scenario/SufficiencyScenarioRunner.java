package org.example.placement.scenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.example.placement.decision.Geography;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.scenario.Expectation.RuleOnCandidate;
import org.example.placement.sufficiency.DutyRules;
import org.example.placement.sufficiency.Progress;
import org.example.placement.sufficiency.ReportFiles;
import org.example.placement.sufficiency.ReturnFiles;
import org.example.placement.sufficiency.SufficiencyAssessor;
import org.example.placement.sufficiency.SufficiencyReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs sufficiency scenarios ({@link SufficiencyScenario}) through one ruleset's duty
 * rules and placement engine: the assessment from the files alone, the rules that must
 * fire and must not for each subject, and the partial match on the report's JSON. For the
 * ruleset gate (a reload, {@code validate}) and the build alike.
 */
public final class SufficiencyScenarioRunner {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SufficiencyAssessor assessor;

	public SufficiencyScenarioRunner(DutyRules duty, PlacementDecider decider, Geography geography) {
		this.assessor = new SufficiencyAssessor(duty, decider, geography);
	}

	/** What did not match (empty when the scenario passed), and the report assessed. */
	public record Result(List<String> failures, SufficiencyReport report) {

		public Result {
			failures = List.copyOf(failures);
		}

	}

	public Result run(Path file) {
		SufficiencyScenario scenario = ScenarioFiles.readSufficiency(file);
		SufficiencyReport report = assessor.assess(scenario.given().authority(), scenario.given().yearEnd(),
				files(file, scenario.given()), Progress.NONE);
		List<String> failures = new ArrayList<>();
		Set<RuleOnCandidate> hits = hits(report);
		scenario.expect()
			.fired()
			.stream()
			.filter(expected -> !hits.contains(expected))
			.forEach(missing -> failures.add(missing.rule() + " did not fire for " + missing.candidate()));
		scenario.expect()
			.notFired()
			.stream()
			.filter(hits::contains)
			.forEach(fired -> failures.add(fired.rule() + " fired for " + fired.candidate()));
		if (scenario.expect().report() != null) {
			JsonNode actual = JSON.readTree(ReportFiles.json(report));
			PartialJson.compare("", scenario.expect().report(), actual, failures);
		}
		return new Result(failures, report);
	}

	/** The files of a scenario: its folder's ({@code data}), then those given inline. */
	public static ReturnFiles files(Path scenario, SufficiencyScenario.Given given) {
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
