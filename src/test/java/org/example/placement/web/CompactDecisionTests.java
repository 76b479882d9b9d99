package org.example.placement.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.example.placement.support.TestClients;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compact decision against its budget (issue 12): one child and 50 candidates at real
 * North East postcodes ({@code requests/fifty-candidates-real-postcodes.json}) are
 * answered in at most 1 KB per candidate, and the same decision asked for in full
 * ({@code ?explain=full}), on the POST or on reading it back, carries every sentence.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = TestClients.PROPERTIES)
class CompactDecisionTests {

	static final Path FIFTY = Path.of("src/test/resources/requests/fifty-candidates-real-postcodes.json");

	static final String DECISIONS = "/api/v1/placement-decisions";

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void answersOneChildAndFiftyCandidatesInAtMostOneKilobytePerCandidate() throws Exception {
		HttpResponse<String> compact = send("POST", DECISIONS, Files.readString(FIFTY));

		assertThat(compact.statusCode()).isEqualTo(201);
		JsonNode decision = JSON.readTree(compact.body());
		assertThat(decision.get("candidates").size()).isEqualTo(50);
		assertThat(compact.body().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(50 * 1024);
		assertThat(decision.at("/candidates/0/findings/0").has("citation")).isFalse();
		assertThat(decision.get("duties").findValuesAsString("recipient")).contains("IRO", "CARER");
	}

	@Test
	void explainsInFullOnRequestTheDecisionItAnsweredCompact() throws Exception {
		String request = Files.readString(FIFTY);
		HttpResponse<String> compact = send("POST", DECISIONS, request);
		HttpResponse<String> fullNow = send("POST", DECISIONS + "?explain=full", request);
		String location = compact.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> fullLater = send("GET", location + "?explain=full", null);
		HttpResponse<String> recorded = send("GET", location, null);

		assertThat(fullNow.statusCode()).isEqualTo(201);
		assertThat(fullLater.statusCode()).isEqualTo(200);
		assertThat(recorded.body()).isEqualTo(compact.body());
		ObjectNode now = (ObjectNode) JSON.readTree(fullNow.body());
		ObjectNode later = (ObjectNode) JSON.readTree(fullLater.body());
		assertThat(later.get("decisionId").asString())
			.isEqualTo(JSON.readTree(compact.body()).get("decisionId").asString());
		now.remove("decisionId");
		later.remove("decisionId");
		assertThat(later).isEqualTo(now);
		assertThat(now.has("rules")).isFalse();
		assertThat(now.at("/candidates/0/findings/0/explanation").asString()).isNotBlank();
		assertThat(now.at("/comparisons/0/reason").asString()).isNotBlank();
		assertThat(now.get("candidates")).allSatisfy(
				c -> assertThat(c.get("notifications").findValuesAsString("recipient")).contains("IRO", "CARER"));
	}

	@Test
	void refusesToReadBackADecisionWithAnExplainItDoesNotKnow() throws Exception {
		HttpResponse<String> compact = send("POST", DECISIONS, Files.readString(FIFTY));
		String location = compact.headers().firstValue("Location").orElseThrow();

		HttpResponse<String> refused = send("GET", location + "?explain=everything", null);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(refused.body()).at("/errors/0/field").asString()).isEqualTo("explain");
	}

	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json")
			.header("Authorization", TestClients.bearer(TestClients.BROKER_A));
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
