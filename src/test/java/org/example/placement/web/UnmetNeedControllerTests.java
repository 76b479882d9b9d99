package org.example.placement.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.example.placement.support.TestClients;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/sufficiency/unmet-need} over decisions made through the API: by
 * quarter and need group, the decisions where no in-area place was eligible, for auditors
 * of that authority only, each decision counted recorded in the access log. The decisions
 * here are made as of 2016, a year no other test uses, so the shared service's other
 * decisions do not count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = TestClients.PROPERTIES)
class UnmetNeedControllerTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String REQUEST = """
			{ "asOf": "%s", "responsibleAuthority": "E06000047",
			  "child": { "ref": "CH-UNMET-1", "dateOfBirth": "2002-03-01", "legalStatus": "C2",
			             "homePostcode": "DH1 4AB", "disabled": true },
			  "candidates": [ { "ref": "P-1", "placementType": "U6", "provider": "PR4", "postcode": "%s",
			                    "carerApproval": "APPROVED", "meetsAssessedNeeds": true } ] }
			""";

	@LocalServerPort
	int port;

	@Test
	void countsByQuarterAndGroupTheDecisionsWithNoEligibleInAreaPlace() throws Exception {
		String outOfArea = decide("2016-05-10", "TS1 1AA");
		decide("2016-08-10", "DH1 4AD");

		HttpResponse<String> response = send(
				"/api/v1/sufficiency/unmet-need?authority=E06000047&from=2016-04-01&to=2016-09-30",
				TestClients.DURHAM_AUDITOR);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode report = JSON.readTree(response.body());
		assertThat(report.get("quarters").findValuesAsString("label")).containsExactly("2016-17 Q1", "2016-17 Q2");
		JsonNode first = report.get("quarters").get(0);
		assertThat(first.get("decisions").asLong()).isEqualTo(1);
		assertThat(first.get("noInAreaEligible").asLong()).isEqualTo(1);
		assertThat(first.get("byGroup").get("TEENAGER").asLong()).isEqualTo(1);
		assertThat(first.get("byGroup").get("DISABLED").asLong()).isEqualTo(1);
		assertThat(first.get("byGroup").get("SIBLING_GROUP").asLong()).isZero();
		JsonNode second = report.get("quarters").get(1);
		assertThat(second.get("decisions").asLong()).isEqualTo(1);
		assertThat(second.get("noInAreaEligible").asLong()).isZero();
		assertThat(report.get("total").get("noInAreaEligible").asLong()).isEqualTo(1);

		JsonNode reads = JSON.readTree(send("/api/v1/access-log?decisionId=" + outOfArea, TestClients.BROKER_A).body());
		assertThat(reads.findValuesAsString("kind")).containsExactly("UNMET_NEED");
		assertThat(reads.findValuesAsString("reader")).containsExactly("durham-auditor");
	}

	@Test
	void servesOnlyAuditorsOfThatAuthority() throws Exception {
		String query = "/api/v1/sufficiency/unmet-need?authority=%s&from=2016-04-01&to=2016-06-30";

		assertThat(send(query.formatted("E06000005"), TestClients.DURHAM_AUDITOR).statusCode()).isEqualTo(403);
		assertThat(send(query.formatted("E06000047"), TestClients.DURHAM_DECIDER).statusCode()).isEqualTo(403);
		assertThat(send(query.formatted("E06000047"), "no-such-key").statusCode()).isEqualTo(401);
		assertThat(send(query.formatted("E06000005"), TestClients.BROKER_A).statusCode()).isEqualTo(200);
	}

	@Test
	void namesEachMissingOrInconsistentParameter() throws Exception {
		HttpResponse<String> missing = send("/api/v1/sufficiency/unmet-need", TestClients.BROKER_A);
		HttpResponse<String> backwards = send(
				"/api/v1/sufficiency/unmet-need?authority=E06000047&from=2016-04-01&to=2016-03-31",
				TestClients.BROKER_A);
		HttpResponse<String> notADate = send(
				"/api/v1/sufficiency/unmet-need?authority=E06000047&from=2016-04-31&to=2016-06-30",
				TestClients.BROKER_A);

		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(missing.body()).get("errors").findValuesAsString("field")).containsExactly("authority",
				"from", "to");
		assertThat(backwards.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(backwards.body()).get("errors").findValuesAsString("field")).containsExactly("to");
		assertThat(notADate.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(notADate.body()).get("errors").findValuesAsString("field")).containsExactly("from");
	}

	@Test
	void takesTheAuthorityCodesARequestTakes() throws Exception {
		String query = "/api/v1/sufficiency/unmet-need?authority=%s&from=2016-04-01&to=2016-06-30";

		HttpResponse<String> shireDistrict = send(query.formatted("E07000001"), TestClients.BROKER_A);

		assertThat(shireDistrict.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(shireDistrict.body()).get("errors").findValuesAsString("field"))
			.containsExactly("authority");
		assertThat(send(query.formatted("E10000007"), TestClients.BROKER_A).statusCode()).isEqualTo(200);
	}

	private String decide(String asOf, String postcode) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/placement-decisions"))
			.header("Content-Type", "application/json")
			.header("Authorization", TestClients.bearer(TestClients.BROKER_A))
			.POST(HttpRequest.BodyPublishers.ofString(REQUEST.formatted(asOf, postcode)))
			.build();
		HttpResponse<String> made = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		return JSON.readTree(made.body()).get("decisionId").asString();
	}

	private HttpResponse<String> send(String path, String key) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", TestClients.bearer(key))
			.GET()
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
