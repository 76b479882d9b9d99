package org.example.placement.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every read of a decision over HTTP (GET one, list, replay) leaves an access record naming the
 * reader and the decision, and {@code GET /api/v1/access-log} answers "who looked at this
 * decision", newest first. Same configuration as the other full-service tests (shared context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DecisionReadAuditTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void getListAndReplayEachLeaveAnAccessRecordNamingTheReaderAndTheDecision() throws Exception {
		String id = decide();

		assertThat(send("GET", "/api/v1/placement-decisions/" + id, "auditor-get").statusCode()).isEqualTo(200);
		assertThat(send("GET", "/api/v1/placement-decisions?size=1000", "auditor-list").statusCode()).isEqualTo(200);
		assertThat(send("POST", "/api/v1/placement-decisions/" + id + "/replay", "auditor-replay").statusCode())
			.isEqualTo(200);

		JsonNode reads = JSON.readTree(send("GET", "/api/v1/access-log?decisionId=" + id, "auditor-x").body());
		assertThat(reads).hasSize(3);
		assertThat(reads.findValuesAsString("reader")).containsExactly("auditor-replay", "auditor-list", "auditor-get");
		assertThat(reads.findValuesAsString("kind")).containsExactly("REPLAY", "LIST", "GET");
		assertThat(reads.findValuesAsString("decisionId")).containsOnly(id);
		assertThat(reads.get(0).get("accessedAt").asString()).isNotBlank();
	}

	@Test
	void theAccessLogFiltersByReaderAndTheListRecordsEveryDecisionItShowed() throws Exception {
		String first = decide();
		String second = decide();

		send("GET", "/api/v1/placement-decisions?size=2", "auditor-page");

		JsonNode reads = JSON.readTree(send("GET", "/api/v1/access-log?reader=auditor-page", "auditor-x").body());
		assertThat(reads.findValuesAsString("decisionId")).containsExactlyInAnyOrder(first, second);
		assertThat(reads.findValuesAsString("accessId")).containsOnly(reads.get(0).get("accessId").asString());
		// reading the access log is not itself a read of a decision
		assertThat(JSON.readTree(send("GET", "/api/v1/access-log?reader=auditor-x", "auditor-x").body())).isEmpty();
	}

	@Test
	void aDecisionThatDoesNotExistIsNotFoundAndNothingIsRecorded() throws Exception {
		assertThat(send("GET", "/api/v1/placement-decisions/no-such-decision", "auditor-404").statusCode()).isEqualTo(404);

		assertThat(JSON.readTree(send("GET", "/api/v1/access-log?reader=auditor-404", "auditor-x").body())).isEmpty();
	}

	private String decide() throws Exception {
		HttpResponse<String> made = send("POST", "/api/v1/placement-decisions", "decider", ApplicationLogPrivacyTests.VALID);
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		return JSON.readTree(made.body()).get("decisionId").asString();
	}

	private HttpResponse<String> send(String method, String path, String caller) throws Exception {
		return send(method, path, caller, null);
	}

	private HttpResponse<String> send(String method, String path, String caller, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("X-Calling-System", caller)
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}


}
