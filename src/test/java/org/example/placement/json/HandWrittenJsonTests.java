package org.example.placement.json;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.example.placement.benchmark.load.PostcodeRequests;
import org.example.placement.decision.Approver;
import org.example.placement.decision.Candidate;
import org.example.placement.decision.CarerApproval;
import org.example.placement.decision.Child;
import org.example.placement.decision.Comparison;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Effect;
import org.example.placement.decision.Location;
import org.example.placement.decision.OfstedRating;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.decision.RankedCandidate.Approval;
import org.example.placement.decision.RankedCandidate.Finding;
import org.example.placement.decision.RankedCandidate.Notification;
import org.example.placement.decision.Ranking;
import org.example.placement.decision.RuleSummary;
import org.example.placement.decision.Setting;
import org.example.placement.decision.Tier;
import org.example.placement.decision.Whereabouts;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.geography.Geographies;
import org.example.placement.scenario.Scenario;
import org.example.placement.scenario.ScenarioFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written writers of a compact decision and of a request give the very bytes the
 * {@link StrictJson} mapper writes for them: for every shipped scenario decided by the
 * shipped rules, the load benchmark's 1 x 50 and 1 x 1,000 requests, and decisions that
 * hold what those do not (nulls, escapes, weights and costs, no ranking method).
 */
class HandWrittenJsonTests {

	private static final JsonMapper MAPPER = StrictJson.mapper();

	private static DroolsRuleEngine engine;

	private static PlacementDecider decider;

	@BeforeAll
	static void rules() {
		engine = new DroolsRuleEngine(Path.of("rules"), BuildMode.MVEL, Clock.systemUTC());
		decider = new PlacementDecider(engine, Geographies.ons());
	}

	@AfterAll
	static void close() {
		engine.close();
	}

	@Test
	void writesEveryScenariosDecisionAsTheMapperDoes() {
		int decided = 0;
		for (Path file : ScenarioFiles.find(Path.of("test-scenarios"))) {
			Scenario scenario = ScenarioFiles.read(file);
			assertThat(written(scenario.given())).as(file.toString())
				.isEqualTo(MAPPER.writeValueAsString(scenario.given()));
			Decision decision;
			try {
				decision = decider.decide(scenario.given(), "D-" + decided, Ranking.Method.STATUTORY_FIRST);
			}
			catch (RuntimeException refused) {
				continue;
			}
			assertThat(written(decision)).as(file.toString()).isEqualTo(MAPPER.writeValueAsString(decision));
			decided++;
		}
		assertThat(decided).isGreaterThan(100);
	}

	@Test
	void writesTheLoadBenchmarksDecisionsAsTheMapperDoes() throws Exception {
		PostcodeRequests requests = PostcodeRequests.shipped();
		List<String> bodies = new ArrayList<>(requests.bodies(5, 50));
		bodies.addAll(requests.bodies(1, 1000));
		for (String body : bodies) {
			DecisionRequest request = MAPPER.readValue(body, DecisionRequest.class);
			Decision decision = decider.decide(request, "D-1", Ranking.Method.STATUTORY_FIRST);
			DecisionRequest located = request.withCandidates(request.candidates()
				.stream()
				.map((candidate) -> candidate
					.locatedAt(new Whereabouts(new BigDecimal("3.10"), "E06000047", Location.IN, false)))
				.toList());

			assertThat(written(request)).isEqualTo(MAPPER.writeValueAsString(request));
			assertThat(written(located)).isEqualTo(MAPPER.writeValueAsString(located));
			assertThat(written(decision)).isEqualTo(MAPPER.writeValueAsString(decision));
		}
	}

	@Test
	void writesWhatTheRulesRarelyGiveAsTheMapperDoes() {
		Map<String, Integer> weights = new LinkedHashMap<>();
		weights.put("Z-LAST", 3);
		weights.put("A-FIRST", null);
		RankedCandidate odd = new RankedCandidate("quote \" backslash \\ tab \t \u00e9 \ud83d\ude00 \u0001 </script>",
				null, RankedCandidate.Status.EXCLUDED, null, -4, null, null, null, null,
				List.of(new Finding("R-1", Effect.EXCLUDE, null), new Finding("R-2", Effect.PREFER, 7)),
				List.of(new Approval("R-3", Approver.COURT), new Approval("R-4", null)),
				List.of(new Notification("R-5", null, null)), null, 2);
		RankedCandidate plain = new RankedCandidate("P-1", 1, RankedCandidate.Status.RECOMMENDED, Tier.PARENT, 12,
				new BigDecimal("12.50"), "E06000047", Location.OUT, true, List.of(), List.of(), List.of(), 10, 2);
		List<Comparison> comparisons = List.of(
				new Comparison("P-1", "P-2", Comparison.DecidedBy.COST, List.of("R-1", "R-2"), weights,
						new Comparison.Costs(new BigDecimal("1E+3"), null)),
				new Comparison("P-2", null, null, List.of()));
		Map<String, RuleSummary> rules = Map.of("R-1",
				new RuleSummary("A title \u2013 \"quoted\"", "s22C(8)", Effect.EXCLUDE, null, "england", null), "R-2",
				new RuleSummary(null, null, null, "local/x.drl", null, Tier.OTHER));
		List<Decision> decisions = List.of(
				new Decision("D-1", "v", null, null, List.of(odd, plain), comparisons, List.of(), null, List.of(),
						List.of(), rules),
				new Decision("D-2", null, LocalDate.of(2026, 11, 30), "W06000015", List.of(plain), List.of(), null,
						Ranking.Method.SINGLE_SCORE, List.of(new Notification("R-9", "IRO", "5 working days")),
						List.of(new Notification("R-8", "x", "y")), Map.of()));
		for (Decision decision : decisions) {
			assertThat(written(decision)).isEqualTo(MAPPER.writeValueAsString(decision));
		}
	}

	@Test
	void writesARequestWithEveryValueAsTheMapperDoes() {
		Candidate.TemporaryApproval approval = new Candidate.TemporaryApproval(
				Candidate.TemporaryApproval.Regulation.REG_25A, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 2, 3), 8,
				LocalDate.of(2026, 3, 4), null, LocalDate.of(2026, 5, 6), null, LocalDate.of(2026, 7, 8));
		Candidate full = new Candidate("C \"1\" \u00e9", "U4", "PR1", "DH1 3AA", true, CarerApproval.TEMPORARY,
				LocalDate.of(2025, 12, 31), new Candidate.ApprovalTerms(0, 17, null), true, OfstedRating.GOOD, true, 2,
				false, List.of("a", "b"), List.of("S-1"), true, true, new BigDecimal("1250.005"),
				new Whereabouts(new BigDecimal("0.0"), "E06000047", Location.OUT, true), true, true, true,
				Setting.SCHOOL, true, approval, 3, false);
		Candidate bare = new Candidate("C-2", null, null, null, false, null, null, null, null, null, false, null, null,
				null, null, null, false, null, null, false, false, false, null, false, null, null, null);
		Child child = new Child("CH-1", LocalDate.of(2012, 2, 29), "C2", "DH1 3AA", true, List.of("n"), true,
				List.of("S-2"), new Child.School(null, true), true, true, true, 40, List.of("S-3"));
		Child bareChild = new Child(null, null, null, null, false, null, false, null, null, false, false, false, null,
				null);
		for (DecisionRequest request : List.of(
				new DecisionRequest(LocalDate.of(2026, 11, 30), "W06000015", true, child, List.of(full, bare)),
				new DecisionRequest(null, null, false, bareChild, null),
				new DecisionRequest(null, null, false, null, List.of()))) {
			assertThat(written(request)).isEqualTo(MAPPER.writeValueAsString(request));
		}
	}

	private static String written(Decision decision) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JsonGenerator out = MAPPER.createGenerator(bytes)) {
			CompactDecisionWriter.write(out, decision);
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static String written(DecisionRequest request) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JsonGenerator out = MAPPER.createGenerator(bytes)) {
			DecisionRequestWriter.write(out, request);
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

}
