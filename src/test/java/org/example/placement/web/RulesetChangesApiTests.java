package org.example.placement.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.example.placement.decision.RulesetSources;
import org.example.placement.engine.RuleBook;
import org.example.placement.ledger.DecisionLedger;
import org.example.placement.support.TestClients;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON twins of the rule pages and of the sufficiency list over HTTP: archived
 * versions, a diff, an impact (POLICY), the kept assessments (AUDIT); a version not in
 * the archive is a 404 problem, a missing or malformed parameter a 400 naming it, and
 * each needs its role. The impact asks for a day no test decides on, so it re-runs
 * nothing of the shared log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = TestClients.PROPERTIES)
class RulesetChangesApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	DecisionLedger ledger;

	String shipped;

	@BeforeEach
	void archiveTheShippedRules() {
		RulesetSources sources = RuleBook.read(Path.of("rules"));
		ledger.archive(sources);
		shipped = sources.version();
	}

	@Test
	void listsTheArchivedVersionsToPolicyStaffOnly() throws Exception {
		HttpResponse<String> listed = get("/api/v1/rulesets", TestClients.POLICY_ONLY);

		assertThat(listed.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(listed.body()).findValuesAsString("version")).contains(shipped);
		assertThat(get("/api/v1/rulesets", TestClients.DURHAM_AUDITOR).statusCode()).isEqualTo(403);
		assertThat(get("/api/v1/rulesets", null).statusCode()).isEqualTo(401);
	}

	@Test
	void servesTheCatalogueWithLinesAndCoveringScenariosToPolicyStaffOnly() throws Exception {
		HttpResponse<String> served = get("/api/v1/rules/catalogue", TestClients.POLICY_ONLY);

		assertThat(served.statusCode()).isEqualTo(200);
		JsonNode catalogue = JSON.readTree(served.body());
		assertThat(catalogue.get("version").asString()).isEqualTo(shipped);
		JsonNode siblings = null;
		for (JsonNode entry : catalogue.get("rules")) {
			assertThat(entry.get("fires")).as(entry.at("/rule/id").asString()).isNotEmpty();
			assertThat(entry.get("doesNotFire")).as(entry.at("/rule/id").asString()).isNotEmpty();
			if (entry.at("/rule/id").asString().equals("ENG-S22C-8C")) {
				siblings = entry;
			}
		}
		assertThat(siblings).isNotNull();
		assertThat(siblings.get("line").asInt()).isEqualTo(11);
		assertThat(get("/api/v1/rules/catalogue", TestClients.DURHAM_AUDITOR).statusCode()).isEqualTo(403);
		assertThat(get("/api/v1/rules/catalogue", null).statusCode()).isEqualTo(401);
	}

	@Test
	void diffsTwoArchivedVersionsAndRefusesAnUnknownOne() throws Exception {
		HttpResponse<String> same = get("/api/v1/rulesets/diff?from=" + shipped + "&to=" + shipped,
				TestClients.POLICY_ONLY);
		HttpResponse<String> unknown = get("/api/v1/rulesets/diff?from=sha256:none&to=" + shipped,
				TestClients.POLICY_ONLY);
		HttpResponse<String> missing = get("/api/v1/rulesets/diff?from=" + shipped, TestClients.POLICY_ONLY);

		assertThat(same.statusCode()).isEqualTo(200);
		JsonNode diff = JSON.readTree(same.body());
		assertThat(diff.get("changes")).isEmpty();
		assertThat(diff.at("/counts/ADDED").asInt()).isZero();
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("to");
		assertThat(get("/api/v1/rulesets/diff?from=a&to=b", TestClients.DURHAM_AUDITOR).statusCode()).isEqualTo(403);
		assertThat(get("/api/v1/rulesets/diff?from=a&to=b", null).statusCode()).isEqualTo(401);
	}

	@Test
	void measuresTheImpactOfAnArchivedVersionOnTheDecisionsAsked() throws Exception {
		String impact = "/api/v1/rulesets/" + shipped + "/impact?authority=E06000047&from=2000-01-01&to=2000-01-01";

		HttpResponse<String> measured = get(impact, TestClients.POLICY_ONLY);

		assertThat(measured.statusCode()).as(measured.body()).isEqualTo(200);
		JsonNode report = JSON.readTree(measured.body());
		assertThat(report.get("proposedVersion").asString()).isEqualTo(shipped);
		assertThat(report.get("decisions").asInt()).isZero();
		assertThat(report.get("changedDecisions")).isEmpty();
		assertThat(get("/api/v1/rulesets/sha256:none/impact", TestClients.POLICY_ONLY).statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/rulesets/" + shipped + "/impact?from=yesterday", TestClients.POLICY_ONLY).statusCode())
			.isEqualTo(400);
		assertThat(get(impact, TestClients.DURHAM_AUDITOR).statusCode()).isEqualTo(403);
		assertThat(get(impact, null).statusCode()).isEqualTo(401);
	}

	@Test
	void listsTheKeptAssessmentsToAuditorsOfTheirAuthorities() throws Exception {
		HttpResponse<String> durham = get("/api/v1/sufficiency-assessments", TestClients.DURHAM_AUDITOR);
		HttpResponse<String> other = get("/api/v1/sufficiency-assessments?authority=E06000005",
				TestClients.DURHAM_AUDITOR);

		assertThat(durham.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(durham.body()).findValuesAsString("authority"))
			.allSatisfy(authority -> assertThat(authority).isEqualTo("E06000047"));
		assertThat(JSON.readTree(other.body())).isEmpty();
		assertThat(get("/api/v1/sufficiency-assessments", TestClients.POLICY_ONLY).statusCode()).isEqualTo(403);
		assertThat(get("/api/v1/sufficiency-assessments", null).statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> get(String path, @Nullable String key) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (key != null) {
			request.header("Authorization", TestClients.bearer(key));
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
