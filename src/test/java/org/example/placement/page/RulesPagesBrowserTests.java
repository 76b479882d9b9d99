package org.example.placement.page;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.example.placement.decision.RulesetSources;
import org.example.placement.engine.RuleBook;
import org.example.placement.ledger.DecisionLedger;
import org.example.placement.scenario.Coverage;
import org.example.placement.support.Accessibility;
import org.example.placement.support.AssessmentForm;
import org.example.placement.support.HeadlessChromium;
import org.example.placement.support.RuleDirectories;
import org.example.placement.support.TestClients;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule and sufficiency pages of a running service, in headless Chromium, read back
 * and compared with their JSON twins: the catalogue, the diff between two real archived
 * versions (the shipped rules, and a copy edited as policy staff would: a weight lowered,
 * a rule retired, a title reworded, a rule added), the table of logged decisions the
 * edited version would change, and a kept sufficiency assessment's list and report. Each
 * page is photographed into {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:rules-pages;DB_CLOSE_DELAY=-1",
				"placement.impact.online-max-decisions=2" })
@TestPropertySource(locations = TestClients.PROPERTIES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulesPagesBrowserTests {

	static final String POLICY = TestClients.POLICY_ONLY;

	@LocalServerPort
	int port;

	@Autowired
	DecisionLedger ledger;

	Pages pages;

	String before;

	String after;

	String nearestFirst;

	String assessment;

	@BeforeAll
	void archiveTwoVersionsDecideAndAssess(@TempDir Path dir) throws Exception {
		pages = new Pages(port);
		nearestFirst = decide("durham-unrelated-carers-nearest-first");
		decide("durham-child-parent-then-connected-person-then-unrelated");
		before = pages.json("/api/v1/rulesets/current", POLICY).get("version").asString();
		Path proposal = RuleDirectories.copyInto(dir.resolve("rules"));
		RuleDirectories.stopPreferringNearHome(proposal);
		Path education = proposal.resolve("england/preference/education-or-training.drl");
		Files.writeString(education,
				Files.readString(education)
					.replace("@title(\"Placement would disrupt the child's education or training\")",
							"@title(\"Placement would disrupt the child's schooling or training\")"));
		Path bands = proposal.resolve("local/default/distance-from-home.drl.csv");
		Files.writeString(bands, Files.readString(bands).stripTrailing() + "\n\"LOCAL-DEFAULT-099\",\"100,200\","
				+ "\"Placement 100 to 200 miles from home\",\"Local policy: distance bands\",\"DISFAVOUR\",\"5\","
				+ "\"2011-04-01\",\"X\"\n");
		RulesetSources edited = RuleBook.read(proposal);
		ledger.archive(edited);
		after = edited.version();
		AssessmentForm form = AssessmentForm.of("E06000047", "2025-03-31", AssessmentForm.files());
		HttpResponse<String> assessed = pages.send("POST", "/api/v1/sufficiency-assessments", TestClients.BROKER_A,
				form.contentType(), form.body());
		assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(201);
		String location = assessed.headers().firstValue("Location").orElseThrow();
		assessment = location.substring(location.lastIndexOf('/') + 1);
	}

	@Test
	void catalogueShowsEveryRuleAsTheJsonHasItWithFileLineScenariosAndTimeline() {
		JsonNode catalogue = pages.json("/api/v1/rules/catalogue", POLICY);
		Coverage coverage = Coverage.of(Path.of("test-scenarios"));
		try (HeadlessChromium chromium = Pages.browserAs(POLICY)) {
			WebDriver browser = chromium.driver();
			pages.open(browser, "/rules");
			// the catalogue is long: read it once the browser holds all of it
			Awaitility.await()
				.atMost(Duration.ofSeconds(20))
				.until(() -> Pages.<Object>script(browser, RulesPageScripts.ROW_COUNT).get(0),
						count -> ((Number) count).intValue() == catalogue.get("rules").size());
			List<Map<String, Object>> rows = Pages.script(browser, RulesPageScripts.ROWS);
			Pages.screenshot(browser, "rules");
			Accessibility.assertNoSeriousViolations(browser);

			assertThat(rows).hasSize(catalogue.get("rules").size());
			for (JsonNode entry : catalogue.get("rules")) {
				String id = entry.at("/rule/id").asString();
				Map<String, Object> row = rows.stream().filter(r -> id.equals(r.get("id"))).findFirst().orElseThrow();
				RulesPageScripts.assertShows(row, entry.get("rule"));
				assertThat(row.get("line")).as(id).isEqualTo(entry.get("line").asString());
				assertThat(row.get("fires")).as(id)
					.isEqualTo(String.valueOf(entry.get("fires").size()))
					.isEqualTo(String.valueOf(coverage.fires().getOrDefault(id, Set.of()).size()));
				assertThat(row.get("doesNotFire")).as(id)
					.isEqualTo(String.valueOf(entry.get("doesNotFire").size()))
					.isEqualTo(String.valueOf(coverage.doesNotFire().getOrDefault(id, Set.of()).size()));
				assertThat(((Number) row.get("barWidth")).doubleValue()).as(id + " bar").isPositive();
			}
			Map<String, Object> siblings = rows.stream()
				.filter(r -> "ENG-S22C-8C".equals(r.get("id")))
				.findFirst()
				.orElseThrow();
			assertThat(siblings).containsEntry("file", "england/preference/keep-siblings-together.drl")
				.containsEntry("line", "11");
			assertThat(Pages.<String>script(browser, RulesPageScripts.LAYERS)).startsWith("Statute: England")
				.contains("Statute: Wales", "Local policy: E06000047");
		}
	}

	@Test
	void diffBetweenTwoArchivedVersionsShowsWhatTheJsonHas() {
		JsonNode diff = pages.json("/api/v1/rulesets/diff?from=" + before + "&to=" + after, POLICY);
		try (HeadlessChromium chromium = Pages.browserAs(POLICY)) {
			WebDriver browser = chromium.driver();
			pages.open(browser, "/rules/diff?from=" + before + "&to=" + after);
			List<List<Object>> sections = Pages.script(browser, RulesPageScripts.DIFF);
			Pages.screenshot(browser, "rules-diff");
			Accessibility.assertNoSeriousViolations(browser);

			assertThat(sections).hasSize(6);
			for (List<Object> section : sections) {
				String kind = (String) section.get(0);
				assertThat(section.get(1)).as(kind).isEqualTo(diff.at("/counts/" + kind).asString());
				List<String> ids = new ArrayList<>();
				diff.get("changes").forEach(c -> {
					if (c.get("kinds").toString().contains("\"" + kind + "\"")) {
						ids.add(c.get("id").asString());
					}
				});
				assertThat(section.get(2)).as(kind).isEqualTo(ids);
			}
			assertThat(diff.at("/counts/ADDED").asInt()).isEqualTo(1);
			assertThat(sections).extracting(s -> s.get(2))
				.containsExactly(List.of("LOCAL-DEFAULT-099"), List.of(), List.of("ENG-S22C-8A"),
						List.of("LOCAL-DEFAULT-010"), List.of("ENG-S22C-8B"), List.of());
			assertThat(Pages.<String>script(browser, RulesPageScripts.WEIGHT_CHANGE)).containsExactly("20", "1");
		}
	}

	@Test
	@Order(1)
	void impactTableListsTheDecisionsTheEditedVersionWouldChange() {
		JsonNode impact = pages.json("/api/v1/rulesets/" + after + "/impact", POLICY);
		try (HeadlessChromium chromium = Pages.browserAs(POLICY)) {
			WebDriver browser = chromium.driver();
			pages.open(browser, "/rules/impact?proposed=" + after);
			List<List<Object>> rows = Pages.script(browser, RulesPageScripts.IMPACT);
			Pages.screenshot(browser, "rules-impact");
			Accessibility.assertNoSeriousViolations(browser);

			List<List<Object>> expected = new ArrayList<>();
			impact.get("changedDecisions")
				.forEach(d -> expected
					.add(List.of(d.get("decisionId").asString(), "/decisions/" + d.get("decisionId").asString(),
							d.get("responsibleAuthority").asString(), d.get("oldTopChoice").asString(),
							d.get("newTopChoice").asString(), d.get("kinds").toString())));
			assertThat(rows).isEqualTo(expected);
			assertThat(rows).anySatisfy(row -> assertThat(row).startsWith(nearestFirst, "/decisions/" + nearestFirst,
					"E06000047", "P-DURHAM", "P-CONSETT"));
		}
	}

	/**
	 * With a third decision the log holds more than the two an impact over HTTP makes
	 * again here: the page says so and names what to do, and the JSON is a 400.
	 */
	@Test
	@Order(2)
	void impactOverMoreDecisionsThanOneRequestMakesAgainSaysSoInsteadOfATable() throws IOException {
		decide("durham-unrelated-carers-nearest-first");
		HttpResponse<String> refused = pages.send("GET", "/api/v1/rulesets/" + after + "/impact", POLICY, null, null);
		try (HeadlessChromium chromium = Pages.browserAs(POLICY)) {
			WebDriver browser = chromium.driver();
			pages.open(browser, "/rules/impact?proposed=" + after);
			String said = browser.findElement(By.id("impact-too-many")).getText();
			Pages.screenshot(browser, "rules-impact-too-many");
			Accessibility.assertNoSeriousViolations(browser);

			assertThat(said).contains("hold 3 decisions", "more than the 2", "shorter period");
			assertThat(browser.findElements(By.id("impact-decisions"))).as("no report").isEmpty();
		}
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(Pages.JSON.readTree(refused.body()).findValuesAsString("field")).containsExactly("from", "to");
	}

	@Test
	void sufficiencyListsTheKeptAssessmentAndOpensItsReportAsTheJsonHasIt() {
		JsonNode report = pages.json("/api/v1/sufficiency-assessments/" + assessment, TestClients.BROKER_A);
		JsonNode listed = pages.json("/api/v1/sufficiency-assessments", TestClients.BROKER_A);
		try (HeadlessChromium chromium = Pages.browserAs(TestClients.BROKER_A)) {
			WebDriver browser = chromium.driver();
			pages.open(browser, "/sufficiency");
			List<String> ids = Pages.script(browser, RulesPageScripts.ASSESSMENTS);
			Pages.screenshot(browser, "sufficiency-list");
			Accessibility.assertNoSeriousViolations(browser);
			List<String> expected = new ArrayList<>();
			listed.forEach(a -> expected.add(a.get("assessmentId").asString()));
			assertThat(ids).isEqualTo(expected).contains(assessment);

			pages.open(browser, "/sufficiency/" + assessment);
			List<List<Object>> figures = Pages.script(browser, RulesPageScripts.FIGURES);
			Pages.screenshot(browser, "sufficiency");
			Accessibility.assertNoSeriousViolations(browser);
			assertThat(figures).hasSizeGreaterThan(50);
			figures.forEach(f -> PageFigures.assertShows((String) f.get(0), (String) f.get(1), report));
		}
	}

	@Test
	void pagesNeedTheRolesTheirTwinsNeed() {
		assertThat(pages.get("/rules", TestClients.DURHAM_AUDITOR).statusCode()).isEqualTo(403);
		assertThat(pages.get("/rules/diff", TestClients.DURHAM_AUDITOR).statusCode()).isEqualTo(403);
		assertThat(pages.get("/sufficiency", POLICY).statusCode()).isEqualTo(403);
		assertThat(pages.get("/sufficiency/" + assessment, TestClients.DURHAM_AUDITOR).statusCode()).isEqualTo(200);
		assertThat(pages.get("/rules/diff?from=sha256:none&to=" + after, POLICY).statusCode()).isEqualTo(404);
	}

	private String decide(String journey) throws IOException {
		JsonNode given = new YAMLMapper().readTree(Path.of("test-scenarios/journeys/" + journey + ".yaml").toFile())
			.get("given");
		HttpResponse<String> made = pages.send("POST", "/api/v1/placement-decisions", TestClients.BROKER_A,
				"application/json", given.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		return Pages.JSON.readTree(made.body()).get("decisionId").asString();
	}

}
