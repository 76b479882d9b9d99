package org.example.placement.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.example.placement.decision.Approver;
import org.example.placement.decision.Effect;
import org.example.placement.decision.RuleDefinition;
import org.example.placement.engine.ServingRuleset;
import org.example.placement.decision.RuleProblem;
import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetStatus;
import org.example.placement.decision.Tier;
import org.example.placement.security.SecurityConfiguration;
import org.example.placement.support.TestClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

@WebMvcTest(RulesController.class)
@Import({ WebConfiguration.class, SecurityConfiguration.class, TestClients.AsBrokerA.class })
@TestPropertySource(locations = TestClients.PROPERTIES)
class RulesControllerTests {

	private static final RuleDefinition TIER = rule("ENG-S22C-7A", Effect.TIER, null, "2011-04-01", null, "england",
			"england/tiers/connected-person.drl");

	private static final RuleDefinition BAR = rule("ENG-CPR-R27A", Effect.EXCLUDE, null, "2021-09-09", null, "england",
			"england/eligibility/other-arrangements.drl");

	private static final RuleDefinition NEAR = rule("LOCAL-E06000047-010", Effect.PREFER, 20, "2011-04-01",
			"2025-01-01", "local/E06000047", "local/E06000047/distance-from-home.drl.csv");

	private static final RuleDefinition FAR = rule("LOCAL-DEFAULT-012", Effect.DISFAVOUR, 15, "2011-04-01", null,
			"local/default", "local/default/distance-from-home.drl.csv");

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ServingRuleset engine;

	@BeforeEach
	void serveRuleset() {
		given(engine.current()).willReturn(RULESET);
		given(engine.status()).willReturn(new RulesetStatus(RULESET, 76, null));
	}

	static final Ruleset RULESET = new Ruleset("sha256:abc", Instant.parse("2026-11-23T08:00:00Z"), "./rules",
			List.of("england/tiers/connected-person.drl", "england/eligibility/other-arrangements.drl",
					"local/E06000047/distance-from-home.drl.csv", "local/default/distance-from-home.drl.csv"),
			List.of(TIER, BAR, NEAR, FAR));

	@Test
	void listsOnlyTheRulesThatApplyToAnAuthority() {
		MvcTestResult durham = mvc.get().uri("/api/v1/rules?authority=E06000047").exchange();
		MvcTestResult gateshead = mvc.get().uri("/api/v1/rules?authority=E08000037").exchange();

		assertThat(durham).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.containsExactly("ENG-S22C-7A", "ENG-CPR-R27A", "LOCAL-E06000047-010");
		assertThat(gateshead).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.containsExactly("ENG-S22C-7A", "ENG-CPR-R27A", "LOCAL-DEFAULT-012");
	}

	@Test
	void refusesAReloadWithoutACredentialOrWithoutThePolicyRole() {
		MvcTestResult none = mvc.post().uri("/api/v1/rulesets/reload").header("Authorization", "").exchange();
		MvcTestResult decider = mvc.post()
			.uri("/api/v1/rulesets/reload")
			.header("Authorization", TestClients.bearer(TestClients.DURHAM_DECIDER))
			.exchange();

		assertThat(none).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(none).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(decider).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(decider).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		verify(engine, never()).reload();
	}

	@Test
	void readsTheCatalogueOnlyWithThePolicyRole() {
		MvcTestResult auditor = mvc.get()
			.uri("/api/v1/rules")
			.header("Authorization", TestClients.bearer(TestClients.DURHAM_AUDITOR))
			.exchange();
		MvcTestResult policy = mvc.get()
			.uri("/api/v1/rulesets/current")
			.header("Authorization", TestClients.bearer(TestClients.POLICY_ONLY))
			.exchange();

		assertThat(auditor).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(policy).hasStatusOk();
	}

	@Test
	void reloadsWithThePolicyRole() {
		given(engine.reload()).willReturn(new RulesetStatus(RULESET, 76, null));

		MvcTestResult result = mvc.post()
			.uri("/api/v1/rulesets/reload")
			.header("Authorization", TestClients.bearer(TestClients.POLICY_ONLY))
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.version").isEqualTo("sha256:abc");
	}

	@Test
	void reportsARejectedReloadWithFileAndLineWhileTheOldVersionServes() {
		given(engine.reload()).willReturn(new RulesetStatus(RULESET, 76,
				new RulesetStatus.Rejection("sha256:bad", Instant.parse("2026-11-23T09:00:00Z"),
						List.of(new RuleProblem("england/tiers/parent-first.drl", 7, "mismatched input")))));

		MvcTestResult result = mvc.post().uri("/api/v1/rulesets/reload").exchange();

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(result).bodyJson().extractingPath("$.version").isEqualTo("sha256:abc");
		assertThat(result).bodyJson()
			.extractingPath("$.lastRejection.problems[0].file")
			.isEqualTo("england/tiers/parent-first.drl");
		assertThat(result).bodyJson().extractingPath("$.lastRejection.problems[0].line").isEqualTo(7);
	}

	@Test
	void listsEveryRuleWithItsMetadata() {
		MvcTestResult result = mvc.get().uri("/api/v1/rules").exchange();

		assertThat(result).hasStatusOk();
		assertThat(ids(result)).containsExactly("ENG-S22C-7A", "ENG-CPR-R27A", "LOCAL-E06000047-010",
				"LOCAL-DEFAULT-012");
		assertThat(result).bodyJson().extractingPath("$[2].citation").isEqualTo("Children Act 1989 s22C(8)(a)");
		assertThat(result).bodyJson().extractingPath("$[2].weight").isEqualTo(20);
		assertThat(result).bodyJson().extractingPath("$[2].inForceFrom").isEqualTo("2011-04-01");
		assertThat(result).bodyJson().extractingPath("$[2].inForceUntil").isEqualTo("2025-01-01");
		assertThat(result).bodyJson().extractingPath("$[2].layer").isEqualTo("local/E06000047");
		assertThat(result).bodyJson()
			.extractingPath("$[2].file")
			.isEqualTo("local/E06000047/distance-from-home.drl.csv");
	}

	@Test
	void filtersByLayer() {
		assertThat(ids(get("/api/v1/rules?layer=england"))).containsExactly("ENG-S22C-7A", "ENG-CPR-R27A");
		assertThat(ids(get("/api/v1/rules?layer=local"))).containsExactly("LOCAL-E06000047-010", "LOCAL-DEFAULT-012");
		assertThat(ids(get("/api/v1/rules?layer=local/E06000047"))).containsExactly("LOCAL-E06000047-010");
	}

	@Test
	void matchesLayerByWholePathSegments() {
		assertThat(ids(get("/api/v1/rules?layer=eng"))).isEmpty();
		assertThat(ids(get("/api/v1/rules?layer=local/E06"))).isEmpty();
	}

	@Test
	void filtersByEffect() {
		assertThat(ids(get("/api/v1/rules?effect=DISFAVOUR"))).containsExactly("LOCAL-DEFAULT-012");
	}

	@Test
	void filtersByDateInForce() {
		assertThat(ids(get("/api/v1/rules?inForceOn=2020-01-01"))).containsExactly("ENG-S22C-7A", "LOCAL-E06000047-010",
				"LOCAL-DEFAULT-012");
		// inForceUntil is exclusive
		assertThat(ids(get("/api/v1/rules?inForceOn=2025-01-01"))).containsExactly("ENG-S22C-7A", "ENG-CPR-R27A",
				"LOCAL-DEFAULT-012");
	}

	@Test
	void combinesFilters() {
		assertThat(ids(get("/api/v1/rules?layer=local&effect=PREFER&inForceOn=2024-12-31")))
			.containsExactly("LOCAL-E06000047-010");
	}

	@Test
	void rejectsUnknownEffectNamingTheParameter() {
		MvcTestResult result = get("/api/v1/rules?effect=BOOST");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("effect");
	}

	@Test
	void rejectsImpossibleDateNamingTheParameter() {
		MvcTestResult result = get("/api/v1/rules?inForceOn=2025-02-30");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("inForceOn");
	}

	@Test
	void describesTheCurrentRuleset() {
		MvcTestResult result = get("/api/v1/rulesets/current");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.version").isEqualTo("sha256:abc");
		assertThat(result).bodyJson().extractingPath("$.loadedAt").isEqualTo("2026-11-23T08:00:00Z");
		assertThat(result).bodyJson().extractingPath("$.location").isEqualTo("./rules");
		assertThat(result).bodyJson().extractingPath("$.fileCount").isEqualTo(4);
		assertThat(result).bodyJson().extractingPath("$.ruleCount").isEqualTo(4);
		assertThat(result).bodyJson().extractingPath("$.scenariosChecked").isEqualTo(76);
	}

	@Test
	void saysWhenNoScenariosWereChecked() {
		given(engine.status()).willReturn(new RulesetStatus(RULESET, null, null));

		MvcTestResult result = get("/api/v1/rulesets/current");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.scenariosChecked").isNull();
	}

	@Test
	void reportsARejectedReloadNamingTheFailingScenario() {
		given(engine.reload()).willReturn(new RulesetStatus(RULESET, 76, new RulesetStatus.Rejection("sha256:bad",
				Instant.parse("2026-11-23T09:00:00Z"),
				List.of(new RuleProblem("test-scenarios/journeys/durham-unrelated-carers-nearest-first.yaml", 0,
						"scenario fails: Unrelated carers, nearest first\n  - ranking: expected [P-DURHAM, P-CONSETT]")))));

		MvcTestResult result = mvc.post().uri("/api/v1/rulesets/reload").exchange();

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(result).bodyJson().extractingPath("$.version").isEqualTo("sha256:abc");
		assertThat(result).bodyJson()
			.extractingPath("$.lastRejection.problems[0].file")
			.isEqualTo("test-scenarios/journeys/durham-unrelated-carers-nearest-first.yaml");
		assertThat(result).bodyJson()
			.extractingPath("$.lastRejection.problems[0].message")
			.asString()
			.startsWith("scenario fails: Unrelated carers, nearest first");
	}

	private MvcTestResult get(String uri) {
		return mvc.get().uri(uri).exchange();
	}

	private static List<Object> ids(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return List.of(assertThat(result).bodyJson().extractingPath("$[*].id").asArray().actual());
	}

	private static RuleDefinition rule(String id, Effect effect, Integer weight, String from, String until,
			String layer, String file) {
		return new RuleDefinition(id, id + " title", "Children Act 1989 s22C(8)(a)", null, effect, weight,
				effect == Effect.TIER ? Tier.CONNECTED_PERSON_FOSTER : null,
				effect == Effect.REQUIRE_APPROVAL ? Approver.NOMINATED_OFFICER : null, null, null,
				LocalDate.parse(from), until == null ? null : LocalDate.parse(until), layer, file);
	}

}
