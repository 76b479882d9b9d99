package org.example.placement;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.example.placement.decision.Decision;
import org.example.placement.scenario.Scenario;
import org.example.placement.scenario.ScenarioFiles;
import org.example.placement.support.TestClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One end-to-end pass over real HTTP: a scenario's {@code given} posted, its
 * {@code expect} checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = TestClients.PROPERTIES)
class PlacementServiceIntegrationTests {

	static final ObjectMapper JSON = JsonMapper.builder().build();

	static final String DECISIONS = "/api/v1/placement-decisions";

	static final String AUTHORIZATION = "Authorization";

	static final String BROKER_A = TestClients.bearer(TestClients.BROKER_A);

	static final String BROKER_B = TestClients.bearer(TestClients.BROKER_B);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	/** The API's own JSON mapper (Boot's, configured by {@code json.StrictJson}). */
	@Autowired
	JsonMapper api;

	@Test
	void ranksTheDurhamJourneyOverHttp() throws Exception {
		Scenario scenario = ScenarioFiles
			.read(Path.of("test-scenarios/journeys/durham-unrelated-carers-nearest-first.yaml"));

		HttpResponse<String> response = post("/api/v1/placement-decisions", JSON.writeValueAsString(scenario.given()));

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode body = JSON.readTree(response.body());
		assertThat(response.headers().firstValue("Location"))
			.hasValue("/api/v1/placement-decisions/" + body.get("decisionId").asString());
		assertThat(body.get("candidates").findValuesAsString("ref"))
			.containsExactlyElementsOf(scenario.expect().ranking());
		assertThat(body.get("candidates").get(0).get("distanceMiles").decimalValue()).isEqualByComparingTo("1.4");
		assertThat(body.get("candidates").get(1).get("distanceMiles").decimalValue()).isEqualByComparingTo("11.7");
		// P-DURHAM is the nearest: s22C(8)(a) separates them before any local distance
		// band
		assertThat(body.get("comparisons").get(0).get("decidedBy").asString()).isEqualTo("STATUTORY_FACTORS");
		assertThat(body.get("rankingMethod").asString()).isEqualTo("STATUTORY_FIRST");
		assertThat(body.get("notifications").findValuesAsString("recipient")).contains("CHILD", "IRO");
		assertThat(body.get("rulesetVersion").asString()).startsWith("sha256:");
	}

	@Test
	void answersMalformedJsonWithAProblemNotAServerError() throws Exception {
		HttpResponse<String> response = post("/api/v1/placement-decisions", "{\"asOf\": ");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
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

		// an input stream publisher has no length, so the client sends Transfer-Encoding:
		// chunked
		HttpResponse<String> response = post("/api/v1/placement-decisions",
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

		assertTooLarge(response);
	}

	@Test
	void refusesAnOversizedBodyWithoutACredentialAs401NotReadingIt() throws Exception {
		byte[] body = threeMegabyteRequest().getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> response = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.build()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/placement-decisions"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
				.build(), HttpResponse.BodyHandlers.ofString());

		// authentication comes first: the size limit reads bodies only of clients it
		// knows
		assertThat(response.statusCode()).isEqualTo(401);
	}

	/** A well-formed request padded past the 2 MB default limit. */
	private static String threeMegabyteRequest() {
		Scenario scenario = ScenarioFiles
			.read(Path.of("test-scenarios/journeys/durham-unrelated-carers-nearest-first.yaml"));
		return "{" + " ".repeat(3 * 1024 * 1024) + JSON.writeValueAsString(scenario.given()).substring(1);
	}

	private static void assertTooLarge(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(413);
		assertThat(problem.get("errors").isArray()).isTrue();
		assertThat(problem.get("errors")).isEmpty();
	}

	/**
	 * Health and the OpenAPI document need no credential; the document declares both ways
	 * to send one.
	 */
	@Test
	void servesOpenApiAndHealthWithoutACredential() throws Exception {
		assertThat(get("/v3/api-docs").body()).contains("/api/v1/placement-decisions", "/api/v1/rules");
		assertThat(JSON.readTree(get("/v3/api-docs").body()).at("/components/securitySchemes").propertyNames())
			.containsExactlyInAnyOrder("apiKey", "oauth2");
		assertThat(get("/v3/api-docs").body()).contains("clientCredentials", "placement:decide",
				"\"scheme\":\"bearer\"");
		assertThat(get("/actuator/health").body()).contains("UP");
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(get("/swagger-ui.html").statusCode()).isLessThan(400);
	}

	/**
	 * A candidate's derived geography is one value inside the service, but its four
	 * fields sit among the others in the API as they always have.
	 */
	@Test
	void documentsACandidatesDerivedFieldsWhereTheyAlwaysWere() throws Exception {
		var candidate = JSON.readTree(get("/v3/api-docs").body()).at("/components/schemas/Candidate/properties");

		assertThat(candidate.propertyNames())
			.contains("ref", "weeklyCost", "distanceMiles", "localAuthority", "location", "atDistance",
					"disruptsEducation")
			.doesNotContain("whereabouts");
	}

	@Test
	void refusesEveryOtherEndpointWithoutACredential() throws Exception {
		for (String path : List.of(DECISIONS, DECISIONS + "/any-id", "/api/v1/rules", "/api/v1/rulesets/current",
				"/actuator/info")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).hasValue("Bearer");
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		}
		HttpResponse<String> post = post(DECISIONS, journeyRequest(), AUTHORIZATION, "Bearer not-a-key");
		assertThat(post.statusCode()).isEqualTo(401);
		assertThat(JSON.readTree(post.body()).get("errors").isArray()).isTrue();
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyGetsTheFirstDecisionAndRecordsNoOther() throws Exception {
		String key = UUID.randomUUID().toString();
		long before = recorded();

		HttpResponse<String> first = post(DECISIONS, journeyRequest(), "Idempotency-Key", quoted(key), AUTHORIZATION,
				BROKER_A);
		// the same request, laid out differently: the key compares requests as parsed,
		// not bytes
		String laidOutAgain = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(journeyRequest()));
		HttpResponse<String> retry = post(DECISIONS, laidOutAgain, "Idempotency-Key", quoted(key), AUTHORIZATION,
				BROKER_A);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
		assertThat(decisionId(retry)).isEqualTo(decisionId(first));
		assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(JSON.readTree(retry.body())).isEqualTo(JSON.readTree(first.body()));
		assertThat(recorded()).isEqualTo(before + 1);
	}

	/**
	 * The answer is the response the log recorded, byte for byte (written once for both),
	 * the same bytes the API's own JSON mapper writes for that decision, and a retry
	 * under the same key gets those bytes again.
	 */
	@Test
	void answersWithTheBytesTheLogRecordedAndARetryWithTheSameBytes() throws Exception {
		String key = UUID.randomUUID().toString();

		HttpResponse<String> first = post(DECISIONS, journeyRequest(), "Idempotency-Key", quoted(key), AUTHORIZATION,
				BROKER_A);
		HttpResponse<String> retry = post(DECISIONS, journeyRequest(), "Idempotency-Key", quoted(key), AUTHORIZATION,
				BROKER_A);
		HttpResponse<String> logged = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + DECISIONS + "/" + decisionId(first)))
				.header(AUTHORIZATION, BROKER_A)
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(first.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(logged.statusCode()).isEqualTo(200);
		assertThat(first.body()).isEqualTo(logged.body());
		assertThat(first.body()).isEqualTo(api.writeValueAsString(api.readValue(first.body(), Decision.class)));
		assertThat(retry.statusCode()).isEqualTo(201);
		assertThat(retry.body()).isEqualTo(first.body());
	}

	/**
	 * The answer is JSON only: a caller that accepts nothing else is refused before a
	 * decision is made, so nothing is recorded that it could not read.
	 */
	@Test
	void refusesACallerThatAcceptsNoJsonBeforeDecidingAnything() throws Exception {
		long before = recorded();

		HttpResponse<String> refused = post(DECISIONS, journeyRequest(), "Accept", "text/csv");

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(406);
		assertThat(recorded()).isEqualTo(before);
	}

	@Test
	void answersTheFullShapeWhenAskedForIt() throws Exception {
		HttpResponse<String> full = post(DECISIONS + "?explain=full", journeyRequest());

		assertThat(full.statusCode()).as(full.body()).isEqualTo(201);
		JsonNode body = JSON.readTree(full.body());
		assertThat(body.has("rules")).isFalse();
		assertThat(body.findValues("explanation")).isNotEmpty();
	}

	@Test
	void reusingAnIdempotencyKeyForAnotherRequestIsAProblem() throws Exception {
		String key = UUID.randomUUID().toString();
		long before = recorded();

		HttpResponse<String> first = post(DECISIONS, journeyRequest(), "Idempotency-Key", quoted(key), AUTHORIZATION,
				BROKER_A);
		HttpResponse<String> other = post(DECISIONS, journeyRequest().replace("2026-11-23", "2026-11-24"),
				"Idempotency-Key", quoted(key), AUTHORIZATION, BROKER_A);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(other.statusCode()).as(other.body()).isEqualTo(422);
		assertThat(other.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(other.body()).contains("Idempotency-Key").doesNotContain(key);
		assertThat(recorded()).isEqualTo(before + 1);
	}

	@Test
	void idempotencyKeysBelongToTheCallingSystemThatSentThem() throws Exception {
		String key = UUID.randomUUID().toString();

		HttpResponse<String> fromA = post(DECISIONS, journeyRequest(), "Idempotency-Key", quoted(key), AUTHORIZATION,
				BROKER_A);
		HttpResponse<String> fromB = post(DECISIONS, journeyRequest(), "Idempotency-Key", quoted(key), AUTHORIZATION,
				BROKER_B);

		assertThat(fromA.statusCode()).isEqualTo(201);
		assertThat(fromB.statusCode()).isEqualTo(201);
		assertThat(decisionId(fromB)).isNotEqualTo(decisionId(fromA));
	}

	@Test
	void concurrentRequestsWithOneIdempotencyKeyMakeOneDecision() throws Exception {
		String key = UUID.randomUUID().toString();
		long before = recorded();
		ExecutorService callers = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> sent = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			sent.add(callers.submit(() -> {
				start.await();
				return post(DECISIONS, journeyRequest(), "Idempotency-Key", quoted(key), AUTHORIZATION, BROKER_A);
			}));
		}
		start.countDown();
		List<HttpResponse<String>> responses = new ArrayList<>();
		for (Future<HttpResponse<String>> each : sent) {
			responses.add(each.get());
		}
		callers.shutdown();

		// each either gets the one decision or is told a request with its key is still in
		// flight
		// (containsOnly would also demand a 409, which depends on timing)
		assertThat(responses).extracting(HttpResponse::statusCode).isSubsetOf(201, 409).contains(201);
		List<String> decided = responses.stream()
			.filter(response -> response.statusCode() == 201)
			.map(PlacementServiceIntegrationTests::decisionId)
			.toList();
		assertThat(decided).isNotEmpty().containsOnly(decided.get(0));
		assertThat(recorded()).isEqualTo(before + 1);
	}

	@Test
	void answersAMalformedIdempotencyKeyWithAProblemNamingTheHeader() throws Exception {
		long before = recorded();

		HttpResponse<String> response = post(DECISIONS, journeyRequest(), "Idempotency-Key", "two words", AUTHORIZATION,
				BROKER_A);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).get("errors").get(0).get("field").asString())
			.isEqualTo("Idempotency-Key");
		assertThat(recorded()).isEqualTo(before);
	}

	private long recorded() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM decision_record", Long.class);
	}

	private static String journeyRequest() {
		Scenario scenario = ScenarioFiles
			.read(Path.of("test-scenarios/journeys/durham-unrelated-carers-nearest-first.yaml"));
		return JSON.writeValueAsString(scenario.given());
	}

	/**
	 * An Idempotency-Key is a Structured Fields string, so it is sent in double quotes.
	 */
	private static String quoted(String key) {
		return "\"" + key + "\"";
	}

	private static String decisionId(HttpResponse<String> response) {
		return JSON.readTree(response.body()).get("decisionId").asString();
	}

	private HttpResponse<String> post(String path, String body, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		if (!List.of(headers).contains(AUTHORIZATION)) {
			request.header(AUTHORIZATION, BROKER_A);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body) throws Exception {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.build()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/json")
				.header(AUTHORIZATION, BROKER_A)
				.POST(body)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
