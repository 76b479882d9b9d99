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
 * Every read of a decision over HTTP (GET one, list, replay) leaves an access record
 * naming the reader (the client id of its credential) and the decision, and
 * {@code GET /api/v1/access-log} answers "who looked at this decision", newest first, to
 * auditors of that decision's authority only. Same configuration as the other
 * full-service tests (shared context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = TestClients.PROPERTIES)
class DecisionReadAuditTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String ELSEWHERE = "E06000005";

	@LocalServerPort
	int port;

	@Test
	void getListAndReplayEachLeaveAnAccessRecordNamingTheReaderAndTheDecision() throws Exception {
		String id = decide("E06000047");

		assertThat(send("GET", "/api/v1/placement-decisions/" + id, TestClients.DURHAM_AUDITOR).statusCode())
			.isEqualTo(200);
		assertThat(send("GET", "/api/v1/placement-decisions?size=1000", TestClients.BROKER_B).statusCode())
			.isEqualTo(200);
		assertThat(send("POST", "/api/v1/placement-decisions/" + id + "/replay", TestClients.BROKER_A).statusCode())
			.isEqualTo(200);

		JsonNode reads = accessTo(id, TestClients.DURHAM_AUDITOR);
		assertThat(reads.findValuesAsString("reader")).containsExactly("broker-a", "broker-b", "durham-auditor");
		assertThat(reads.findValuesAsString("kind")).containsExactly("REPLAY", "LIST", "GET");
		assertThat(reads.findValuesAsString("decisionId")).containsOnly(id);
		assertThat(reads.get(0).get("accessedAt").asString()).isNotBlank();
		// reading the access log is not itself a read of a decision
		assertThat(accessTo(id, TestClients.BROKER_A)).hasSize(3);
	}

	@Test
	void aListRecordsEveryDecisionItShowed() throws Exception {
		String first = decide("E06000047");
		String second = decide("E06000047");

		send("GET", "/api/v1/placement-decisions?size=2", TestClients.BROKER_B);

		assertThat(accessTo(first, TestClients.BROKER_A).findValuesAsString("kind")).containsExactly("LIST");
		assertThat(accessTo(second, TestClients.BROKER_A).findValuesAsString("kind")).containsExactly("LIST");
	}

	@Test
	void aPageOrSizeOutOfRangeIsRefusedNamingTheParameter() throws Exception {
		HttpResponse<String> tooBig = send("GET", "/api/v1/placement-decisions?size=1001", TestClients.BROKER_B);
		HttpResponse<String> negative = send("GET", "/api/v1/access-log?decisionId=any&page=-1", TestClients.BROKER_A);

		assertThat(tooBig.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(tooBig.body()).get("detail").asString())
			.isEqualTo("page must be >= 0 and size 1 to 1000");
		assertThat(JSON.readTree(tooBig.body()).get("errors").findValuesAsString("field")).containsExactly("size");
		assertThat(negative.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(negative.body()).get("errors").findValuesAsString("field")).containsExactly("page");
	}

	@Test
	void aDecisionTheReaderMayNotSeeIsNotFoundAndNothingIsRecorded() throws Exception {
		String elsewhere = decide(ELSEWHERE);

		assertThat(send("GET", "/api/v1/placement-decisions/" + elsewhere, TestClients.DURHAM_AUDITOR).statusCode())
			.isEqualTo(404);
		assertThat(send("GET", "/api/v1/placement-decisions/no-such-decision", TestClients.BROKER_A).statusCode())
			.isEqualTo(404);

		assertThat(accessTo(elsewhere, TestClients.BROKER_A)).isEmpty();
	}

	@Test
	void anAuditorOfOneAuthorityAsksOnlyAboutItsOwnDecisions() throws Exception {
		String elsewhere = decide(ELSEWHERE);

		HttpResponse<String> other = send("GET", "/api/v1/access-log?decisionId=" + elsewhere,
				TestClients.DURHAM_AUDITOR);
		HttpResponse<String> unknown = send("GET", "/api/v1/access-log?decisionId=no-such-decision",
				TestClients.DURHAM_AUDITOR);
		HttpResponse<String> everything = send("GET", "/api/v1/access-log", TestClients.DURHAM_AUDITOR);

		assertThat(other.statusCode()).isEqualTo(404);
		// the same answer as for a decision that does not exist: nothing is revealed
		assertThat(JSON.readTree(other.body()).get("detail")).isEqualTo(JSON.readTree(unknown.body()).get("detail"));
		assertThat(everything.statusCode()).isEqualTo(403);
		assertThat(send("GET", "/api/v1/access-log", TestClients.BROKER_A).statusCode()).isEqualTo(200);
		assertThat(send("GET", "/api/v1/access-log", TestClients.DURHAM_DECIDER).statusCode()).isEqualTo(403);
	}

	private JsonNode accessTo(String decisionId, String key) throws Exception {
		HttpResponse<String> response = send("GET", "/api/v1/access-log?decisionId=" + decisionId, key);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private String decide(String authority) throws Exception {
		HttpResponse<String> made = send("POST", "/api/v1/placement-decisions", TestClients.BROKER_A,
				ApplicationLogPrivacyTests.VALID.replace("E06000047", authority));
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		return JSON.readTree(made.body()).get("decisionId").asString();
	}

	private HttpResponse<String> send(String method, String path, String key) throws Exception {
		return send(method, path, key, null);
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
