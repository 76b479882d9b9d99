package org.example.placement;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.example.placement.scenario.Scenario;
import org.example.placement.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** One end-to-end pass over real HTTP: a scenario's {@code given} posted, its {@code expect} checked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlacementServiceIntegrationTests {

	static final ObjectMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void ranksTheDurhamJourneyOverHttp() throws Exception {
		Scenario scenario = ScenarioFiles.read(Path.of("test-scenarios/journeys/durham-unrelated-carers-nearest-first.yaml"));

		HttpResponse<String> response = post("/api/v1/placement-decisions", JSON.writeValueAsString(scenario.given()));

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode body = JSON.readTree(response.body());
		assertThat(response.headers().firstValue("Location"))
			.hasValue("/api/v1/placement-decisions/" + body.get("decisionId").asString());
		assertThat(body.get("candidates").findValuesAsString("ref")).containsExactlyElementsOf(scenario.expect().ranking());
		assertThat(body.get("candidates").get(0).get("distanceMiles").decimalValue()).isEqualByComparingTo("1.4");
		assertThat(body.get("candidates").get(1).get("distanceMiles").decimalValue()).isEqualByComparingTo("11.7");
		assertThat(body.get("comparisons").get(0).get("decidedBy").asString()).isEqualTo("SCORE");
		assertThat(body.get("rulesetVersion").asString()).startsWith("sha256:");
	}

	@Test
	void answersMalformedJsonWithAProblemNotAServerError() throws Exception {
		HttpResponse<String> response = post("/api/v1/placement-decisions", "{\"asOf\": ");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).doesNotContain("Exception", "at org.");
	}

	@Test
	void refusesABodyOverTheLimitWhenItsLengthIsDeclared() throws Exception {
		HttpResponse<String> response = post("/api/v1/placement-decisions",
				HttpRequest.BodyPublishers.ofString(threeMegabyteRequest()));

		assertTooLarge(response);
	}

	@Test
	void refusesABodyOverTheLimitWhenItIsSentChunkedWithoutALength() throws Exception {
		byte[] body = threeMegabyteRequest().getBytes(StandardCharsets.UTF_8);

		// an input stream publisher has no length, so the client sends Transfer-Encoding: chunked
		HttpResponse<String> response = post("/api/v1/placement-decisions",
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

		assertTooLarge(response);
	}

	/** A well-formed request padded past the 2 MB default limit. */
	private static String threeMegabyteRequest() {
		Scenario scenario = ScenarioFiles.read(Path.of("test-scenarios/journeys/durham-unrelated-carers-nearest-first.yaml"));
		return "{" + " ".repeat(3 * 1024 * 1024) + JSON.writeValueAsString(scenario.given()).substring(1);
	}

	private static void assertTooLarge(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(413);
		assertThat(problem.get("errors").isArray()).isTrue();
		assertThat(problem.get("errors")).isEmpty();
	}

	@Test
	void servesOpenApiAndHealth() throws Exception {
		assertThat(get("/v3/api-docs").body()).contains("/api/v1/placement-decisions", "/api/v1/rules");
		assertThat(get("/actuator/health").body()).contains("UP");
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return post(path, HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body) throws Exception {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.build()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/json")
				.POST(body)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
