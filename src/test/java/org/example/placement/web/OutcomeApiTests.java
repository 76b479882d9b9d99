package org.example.placement.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import org.example.placement.support.TestClients;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/placement-decisions/{id}/outcome}: each rule of recording what was
 * actually chosen, one test each, every refusal a problem naming its field; and reading
 * it back. The decision is the README's example with a fourth candidate, an unapproved
 * foster carer, that the rules exclude: P-03 (parent) is recommended, P-02 and P-01 are
 * eligible, P-04 is EXCLUDED. Same configuration as the other full-service tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = TestClients.PROPERTIES)
class OutcomeApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();

	static final String REQUEST = """
			{ "asOf": "2026-11-23", "responsibleAuthority": "E06000047",
			  "child": { "ref": "CH-0001", "dateOfBirth": "2013-05-01", "legalStatus": "C2", "homePostcode": "DH1 3AA" },
			  "candidates": [
			    { "ref": "P-01", "placementType": "U6", "provider": "PR4", "postcode": "DH1 5AA", "carerApproval": "APPROVED", "meetsAssessedNeeds": true },
			    { "ref": "P-02", "placementType": "U3", "provider": "PR1", "postcode": "DH8 5", "connectedPerson": true, "carerApproval": "APPROVED", "meetsAssessedNeeds": true },
			    { "ref": "P-03", "placementType": "P1", "provider": "PR0", "postcode": "TS1 1AA", "meetsAssessedNeeds": true },
			    { "ref": "P-04", "placementType": "U6", "provider": "PR4", "postcode": "DH1 5AA", "carerApproval": "NONE", "meetsAssessedNeeds": true }
			  ]}
			""";

	@LocalServerPort
	int port;

	@Test
	void theDecisionHasATopCandidateAnEligibleOneAndAnExcludedOne() throws Exception {
		JsonNode decision = JSON.readTree(decide("E06000047"));

		assertThat(decision.get("candidates").findValuesAsString("ref")).containsExactly("P-03", "P-02", "P-01",
				"P-04");
		assertThat(decision.get("candidates").findValuesAsString("status")).containsExactly("RECOMMENDED", "ELIGIBLE",
				"ELIGIBLE", "EXCLUDED");
	}

	@Test
	void theTopCandidateIsRecordedWithoutAReason() throws Exception {
		String id = decisionId();

		HttpResponse<String> recorded = post(id, outcome("P-03", null, null));

		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
		assertThat(recorded.headers().firstValue("Location"))
			.contains("/api/v1/placement-decisions/" + id + "/outcome");
		JsonNode body = JSON.readTree(recorded.body());
		assertThat(body.get("override").asBoolean()).isFalse();
		assertThat(body.get("topRef").asString()).isEqualTo("P-03");
		assertThat(body.get("recordedBy").asString()).isEqualTo("broker-a");
		assertThat(body.get("supersedes").isNull()).isTrue();
	}

	@Test
	void anOverrideNamesTheRulesItOverrode() throws Exception {
		HttpResponse<String> recorded = post(decisionId(),
				outcome("P-01", "CHILD_WISHES", "Wants to stay at her school"));

		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
		JsonNode body = JSON.readTree(recorded.body());
		assertThat(body.get("override").asBoolean()).isTrue();
		assertThat(body.get("chosenExcluded").asBoolean()).isFalse();
		// P-03 is in the parent tier, P-01 in none: the rule that tiered P-03
		assertThat(body.get("overriddenRules").valueStream().map(JsonNode::asString)).containsExactly("ENG-S22C-2");
	}

	@Test
	void aChosenRefThatIsNotACandidateIsRefusedNamingChosenRef() throws Exception {
		assertRefused(post(decisionId(), outcome("P-99", "OTHER", "Somewhere else")), 422, "chosenRef");
	}

	@Test
	void anOverrideWithoutAReasonCodeIsRefusedNamingReasonCode() throws Exception {
		assertRefused(post(decisionId(), outcome("P-02", null, "Her grandmother")), 422, "reasonCode");
	}

	@Test
	void anOverrideWithoutAReasonIsRefusedNamingReason() throws Exception {
		assertRefused(post(decisionId(), outcome("P-02", "CHILD_WISHES", " ")), 422, "reason");
	}

	@Test
	void anExcludedCandidateIsRefusedWithoutACourtOrder() throws Exception {
		assertRefused(post(decisionId(), outcome("P-04", "CHILD_WISHES", "She asked to go back")), 422, "chosenRef");
	}

	@Test
	void anExcludedCandidateMayBeChosenUnderACourtOrder() throws Exception {
		HttpResponse<String> recorded = post(decisionId(), outcome("P-04", "COURT_ORDER", "Directed by the court"));

		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
		JsonNode body = JSON.readTree(recorded.body());
		assertThat(body.get("chosenExcluded").asBoolean()).isTrue();
		assertThat(body.get("overriddenRules").valueStream().map(JsonNode::asString)).isNotEmpty()
			.allMatch((rule) -> rule.startsWith("ENG-"));
	}

	@Test
	void aNameIsNotAStaffReference() throws Exception {
		assertRefused(post(decisionId(), outcome("P-03", null, null).replace("SW-10472", "Jane Smith")), 400,
				"decidedBy");
	}

	@Test
	void aReasonOverTwoThousandCharactersIsRefused() throws Exception {
		assertRefused(post(decisionId(), outcome("P-02", "OTHER", "x".repeat(2001))), 400, "reason");
	}

	@Test
	void aReasonCodeOutsideTheListIsRefused() throws Exception {
		assertRefused(post(decisionId(), outcome("P-02", "HUNCH", "A feeling")), 400, "reasonCode");
	}

	@Test
	void aDecisionDateIsRequiredAndNotInTheFuture() throws Exception {
		String id = decisionId();

		assertRefused(post(id, outcome("P-03", null, null).replace("\"" + TODAY + "\"", "null")), 400, "decidedOn");
		assertRefused(post(id, outcome("P-03", null, null).replace(TODAY, "2099-01-01")), 422, "decidedOn");
		assertRefused(post(id, outcome("P-03", null, null).replace(TODAY, "2020-01-01")), 422, "decidedOn");
	}

	@Test
	void anotherAuthoritysDecisionIsNotFoundAndAnAuditorMayNotRecord() throws Exception {
		String elsewhere = JSON.readTree(decide("E06000005")).get("decisionId").asString();
		String durham = decisionId();

		assertThat(post(elsewhere, outcome("P-03", null, null), TestClients.DURHAM_DECIDER).statusCode())
			.isEqualTo(404);
		assertThat(post("no-such-decision", outcome("P-03", null, null), TestClients.BROKER_A).statusCode())
			.isEqualTo(404);
		assertThat(post(durham, outcome("P-03", null, null), TestClients.DURHAM_AUDITOR).statusCode()).isEqualTo(403);
		assertThat(post(durham, outcome("P-03", null, null), TestClients.DURHAM_DECIDER).statusCode()).isEqualTo(201);
		assertThat(send("GET", path(durham), TestClients.DURHAM_DECIDER, null).statusCode()).isEqualTo(403);
	}

	@Test
	void aSecondOutcomeSupersedesTheFirstTheSameAgainIsARetryAndReplayIsUnaffected() throws Exception {
		String id = decisionId();
		String first = JSON.readTree(post(id, outcome("P-03", null, null)).body()).get("outcomeId").asString();

		HttpResponse<String> second = post(id, outcome("P-02", "VACANCY_LOST", "The parent withdrew"));
		HttpResponse<String> retry = post(id, outcome("P-02", "VACANCY_LOST", "The parent withdrew"));
		HttpResponse<String> read = send("GET", path(id), TestClients.DURHAM_AUDITOR, null);
		HttpResponse<String> replay = send("POST", "/api/v1/placement-decisions/" + id + "/replay",
				TestClients.BROKER_A, null);

		assertThat(second.statusCode()).isEqualTo(201);
		assertThat(JSON.readTree(second.body()).get("supersedes").asString()).isEqualTo(first);
		assertThat(retry.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(retry.body()).get("outcomeId"))
			.isEqualTo(JSON.readTree(second.body()).get("outcomeId"));
		assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
		JsonNode history = JSON.readTree(read.body());
		assertThat(history.get("current").get("chosenRef").asString()).isEqualTo("P-02");
		assertThat(history.get("current").get("reason").asString()).isEqualTo("The parent withdrew");
		assertThat(history.get("superseded").findValuesAsString("outcomeId")).containsExactly(first);
		assertThat(JSON.readTree(replay.body()).get("identical").asBoolean()).as(replay.body()).isTrue();
	}

	@Test
	void theReasonIsNeverLogged() throws Exception {
		String secret = "REASON-SECRET-7781 lives with her aunt";
		String id = decisionId();
		try (LogCapture log = LogCapture.atTrace()) {
			assertThat(post(id, outcome("P-01", "CHILD_WISHES", secret)).statusCode()).isEqualTo(201);
			assertThat(post(id, outcome("P-04", "CHILD_WISHES", secret)).statusCode()).isEqualTo(422);
			assertThat(post(id, outcome("P-02", "OTHER", secret + "x".repeat(2000))).statusCode()).isEqualTo(400);
			assertThat(send("GET", path(id), TestClients.BROKER_A, null).statusCode()).isEqualTo(200);
			assertThat(send("GET", "/api/v1/overrides", TestClients.BROKER_A, null).statusCode()).isEqualTo(200);

			assertThat(log.lines()).as("something was logged at TRACE").isNotEmpty();
			assertThat(log.lines()).noneMatch((line) -> line.contains("REASON-SECRET-7781"));
		}
	}

	@Test
	void noOutcomeYetIsNotFound() throws Exception {
		assertThat(send("GET", path(decisionId()), TestClients.BROKER_A, null).statusCode()).isEqualTo(404);
	}

	@Test
	void theOverridesReportCountsTheOutcomesRecorded() throws Exception {
		JsonNode before = report("?authority=E06000047&from=" + TODAY, TestClients.DURHAM_AUDITOR);

		post(decisionId(), outcome("P-03", null, null));
		post(decisionId(), outcome("P-01", "CHILD_WISHES", "Wants to stay at her school"));
		post(decisionId(), outcome("P-02", "SIBLING_CONTACT", "Near her brother"));
		JsonNode after = report("?authority=E06000047&from=" + TODAY + "&to=" + TODAY, TestClients.DURHAM_AUDITOR);

		assertThat(after.get("outcomes").asLong() - before.get("outcomes").asLong()).isEqualTo(3);
		assertThat(after.get("overrides").asLong() - before.get("overrides").asLong()).isEqualTo(2);
		assertThat(overridesOf("ENG-S22C-2", after) - overridesOf("ENG-S22C-2", before)).isEqualTo(2);
		assertThat(after.get("byAuthority").findValuesAsString("authority")).containsExactly("E06000047");
		assertThat(after.get("mostOverridden").get(0).get("title").asString()).isNotBlank();
	}

	@Test
	void theOverridesReportIsForAuditorsAndPolicyStaffOfTheAuthorityAndRefusesAnUpsideDownPeriod() throws Exception {
		assertThat(send("GET", "/api/v1/overrides?authority=E06000005", TestClients.DURHAM_AUDITOR, null).statusCode())
			.isEqualTo(403);
		assertThat(send("GET", "/api/v1/overrides", TestClients.DURHAM_DECIDER, null).statusCode()).isEqualTo(403);
		// policy staff read it too: counts and rule ids, nothing of any child
		assertThat(send("GET", "/api/v1/overrides", TestClients.POLICY_ONLY, null).statusCode()).isEqualTo(200);
		assertRefused(send("GET", "/api/v1/overrides?from=2026-12-01&to=2026-11-01", TestClients.BROKER_A, null), 400,
				"from");
		assertRefused(send("GET", "/api/v1/overrides?from=yesterday", TestClients.BROKER_A, null), 400, "from");
		// an auditor of Durham sees only Durham, even unasked
		assertThat(report("", TestClients.DURHAM_AUDITOR).get("byAuthority").findValuesAsString("authority"))
			.containsOnly("E06000047");
	}

	private JsonNode report(String query, String key) throws Exception {
		HttpResponse<String> response = send("GET", "/api/v1/overrides" + query, key, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static long overridesOf(String ruleId, JsonNode report) {
		for (JsonNode line : report.get("byRule")) {
			if (line.get("ruleId").asString().equals(ruleId)) {
				return line.get("overrides").asLong();
			}
		}
		return 0;
	}

	static String outcome(String chosenRef, String reasonCode, String reason) {
		return """
				{ "chosenRef": "%s", "reasonCode": %s, "reason": %s, "decidedBy": "SW-10472", "decidedOn": "%s" }
				""".formatted(chosenRef, quoted(reasonCode), quoted(reason), TODAY);
	}

	private static String quoted(String text) {
		return text == null ? "null" : "\"" + text + "\"";
	}

	static void assertRefused(HttpResponse<String> response, int status, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(JSON.readTree(response.body()).get("errors").findValuesAsString("field")).as(response.body())
			.containsExactly(field);
	}

	private String decisionId() throws Exception {
		return JSON.readTree(decide("E06000047")).get("decisionId").asString();
	}

	private String decide(String authority) throws Exception {
		HttpResponse<String> made = send("POST", "/api/v1/placement-decisions", TestClients.BROKER_A,
				REQUEST.replace("E06000047", authority));
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		return made.body();
	}

	private static String path(String decisionId) {
		return "/api/v1/placement-decisions/" + decisionId + "/outcome";
	}

	private HttpResponse<String> post(String decisionId, String body) throws Exception {
		return post(decisionId, body, TestClients.BROKER_A);
	}

	private HttpResponse<String> post(String decisionId, String body, String key) throws Exception {
		return send("POST", path(decisionId), key, body);
	}

	private HttpResponse<String> send(String method, String path, String key, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("Authorization", TestClients.bearer(key))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
