package org.example.placement.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.example.issuer.TestIssuer;
import org.example.placement.PlacementApplication;
import org.example.placement.scenario.ScenarioFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every access rule against the running service with real tokens: a Spring Authorization
 * Server in this JVM, on a port of its own, issues client-credentials JWTs with the
 * {@code placement:*} scopes and an {@code authorities} claim (a token customizer), and
 * the service trusts it through {@code issuer-uri}, as it would trust the authorities'
 * identity provider.
 */
@SpringBootTest(classes = PlacementApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:jwt-access;DB_CLOSE_DELAY=-1",
				"placement.rules.watch-interval=0", "placement.scenarios.gate=false" })
class JwtAccessTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String DURHAM = "E06000047";

	static final String SUNDERLAND = "E08000024";

	static final String DECISIONS = "/api/v1/placement-decisions";

	/** client id -> scopes, responsible authorities */
	static final Map<String, List<String>> SCOPES = Map.of("durham-decider", List.of("placement:decide"),
			"durham-auditor", List.of("placement:audit"), "sunderland-auditor", List.of("placement:audit"),
			"everywhere", List.of("placement:decide", "placement:audit"), "policy-officer",
			List.of("placement:policy"));

	static final Map<String, List<String>> AUTHORITIES = Map.of("durham-decider", List.of(DURHAM), "durham-auditor",
			List.of(DURHAM), "sunderland-auditor", List.of(SUNDERLAND), "everywhere", List.of("*"), "policy-officer",
			List.of("*"));

	static final ConfigurableApplicationContext ISSUER = TestIssuer.start(SCOPES, AUTHORITIES);

	static final String ISSUER_URI = "http://localhost:" + ISSUER.getEnvironment().getProperty("local.server.port");

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void trustTheIssuer(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER_URI);
	}

	@AfterAll
	static void stopIssuer() {
		ISSUER.close();
	}

	@Test
	void theIssuerSignsTokensNamingTheClientWithItsScopesAndAuthorities() throws Exception {
		String[] parts = token("durham-decider").split("\\.");
		JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));

		assertThat(parts).hasSize(3);
		assertThat(claims.get("iss").asString()).isEqualTo(ISSUER_URI);
		assertThat(claims.get("authorities").get(0).asString()).isEqualTo(DURHAM);
		assertThat(claims.get("client_id").asString()).isEqualTo("durham-decider");
		assertThat(claims.toString()).contains("placement:decide");
	}

	@Test
	void decidesOnlyWithTheDecideScopeAndOnlyForItsAuthorities() throws Exception {
		HttpResponse<String> durham = post(DECISIONS, request(DURHAM), "durham-decider");
		HttpResponse<String> sunderland = post(DECISIONS, request(SUNDERLAND), "durham-decider");
		HttpResponse<String> auditor = post(DECISIONS, request(DURHAM), "durham-auditor");
		HttpResponse<String> policy = post(DECISIONS, request(DURHAM), "policy-officer");

		assertThat(durham.statusCode()).as(durham.body()).isEqualTo(201);
		assertForbidden(sunderland);
		assertForbidden(auditor);
		assertForbidden(policy);
	}

	@Test
	void recordsTheTokensClientAsTheCallerNotAHeader() throws Exception {
		String id = decide(DURHAM, "durham-decider");

		JsonNode listed = JSON.readTree(get(DECISIONS + "?authority=" + DURHAM + "&size=1000", "everywhere").body());

		List<String> callers = new ArrayList<>();
		listed.forEach(entry -> {
			if (entry.get("decisionId").asString().equals(id)) {
				callers.add(entry.get("caller").asString());
			}
		});
		assertThat(callers).containsExactly("durham-decider");
	}

	@Test
	void aReaderSeesAndReplaysOnlyItsAuthoritiesDecisionsAndAnotherAuthoritysIsNotFound() throws Exception {
		String id = decide(DURHAM, "durham-decider");

		HttpResponse<String> own = get(DECISIONS + "/" + id, "durham-auditor");
		HttpResponse<String> other = get(DECISIONS + "/" + id, "sunderland-auditor");
		HttpResponse<String> none = get(DECISIONS + "/no-such-decision", "sunderland-auditor");
		HttpResponse<String> ownReplay = post(DECISIONS + "/" + id + "/replay", "", "durham-auditor");
		HttpResponse<String> otherReplay = post(DECISIONS + "/" + id + "/replay", "", "sunderland-auditor");
		HttpResponse<String> decider = get(DECISIONS + "/" + id, "durham-decider");

		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(ownReplay.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(ownReplay.body()).get("identical").asBoolean()).isTrue();
		// another authority's decision is answered exactly as no decision at all
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(otherReplay.statusCode()).isEqualTo(404);
		// (the problem's instance is the path the reader asked for, and each request has
		// its own correlation id,
		// so those parts differ)
		assertThat(withoutCorrelationId(other.body().replace(id, "no-such-decision")))
			.isEqualTo(withoutCorrelationId(none.body()));
		assertProblem(other);
		assertForbidden(decider);
	}

	@Test
	void theListingShowsOnlyTheReadersAuthorities() throws Exception {
		String durham = decide(DURHAM, "everywhere");
		String sunderland = decide(SUNDERLAND, "everywhere");

		JsonNode durhamView = JSON.readTree(get(DECISIONS + "?size=1000", "durham-auditor").body());
		JsonNode everywhereView = JSON.readTree(get(DECISIONS + "?size=1000", "everywhere").body());
		HttpResponse<String> askingForAnother = get(DECISIONS + "?authority=" + SUNDERLAND, "durham-auditor");

		assertThat(durhamView.findValuesAsString("responsibleAuthority")).isNotEmpty().containsOnly(DURHAM);
		assertThat(durhamView.findValuesAsString("decisionId")).contains(durham).doesNotContain(sunderland);
		assertThat(everywhereView.findValuesAsString("decisionId")).contains(durham, sunderland);
		assertForbidden(askingForAnother);
	}

	@Test
	void theRulesAndTheReloadNeedThePolicyScope() throws Exception {
		HttpResponse<String> reloadByAuditor = post("/api/v1/rulesets/reload", "", "everywhere");
		HttpResponse<String> catalogueByAuditor = get("/api/v1/rules", "everywhere");
		HttpResponse<String> reload = post("/api/v1/rulesets/reload", "", "policy-officer");
		HttpResponse<String> catalogue = get("/api/v1/rules", "policy-officer");
		HttpResponse<String> current = get("/api/v1/rulesets/current", "policy-officer");

		assertForbidden(reloadByAuditor);
		assertForbidden(catalogueByAuditor);
		assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
		assertThat(catalogue.statusCode()).isEqualTo(200);
		assertThat(current.statusCode()).isEqualTo(200);
	}

	@Test
	void refusesNoTokenABadTokenAndATokenFromNowhereWith401() throws Exception {
		String real = token("everywhere");
		String tampered = real.substring(0, real.lastIndexOf('.') + 1) + "AAAA"
				+ real.substring(real.lastIndexOf('.') + 5);

		HttpResponse<String> none = send(HttpRequest.newBuilder(uri(DECISIONS)).GET());
		HttpResponse<String> garbage = send(
				HttpRequest.newBuilder(uri(DECISIONS)).header("Authorization", "Bearer x.y.z").GET());
		HttpResponse<String> forged = send(
				HttpRequest.newBuilder(uri(DECISIONS)).header("Authorization", "Bearer " + tampered).GET());
		HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/actuator/health")).GET());

		for (HttpResponse<String> refused : List.of(none, garbage, forged)) {
			assertThat(refused.statusCode()).isEqualTo(401);
			assertThat(refused.headers().firstValue("WWW-Authenticate"))
				.hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
			assertProblem(refused);
		}
		assertThat(garbage.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
		assertThat(health.statusCode()).isEqualTo(200);
	}

	private String decide(String authority, String client) throws Exception {
		HttpResponse<String> response = post(DECISIONS, request(authority), client);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body()).get("decisionId").asString();
	}

	private static void assertForbidden(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertProblem(response);
	}

	private static void assertProblem(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
		assertThat(problem.get("errors").isArray()).isTrue();
	}

	/**
	 * The Durham journey's request, for {@code authority}; the caller header is ignored.
	 */
	private static String request(String authority) {
		String body = JSON.writeValueAsString(
				ScenarioFiles.read(Path.of("test-scenarios/journeys/durham-unrelated-carers-nearest-first.yaml"))
					.given());
		return body.replace("\"responsibleAuthority\":\"" + DURHAM + "\"",
				"\"responsibleAuthority\":\"" + authority + "\"");
	}

	private HttpResponse<String> post(String path, String body, String client) throws Exception {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token(client))
			.header("X-Calling-System", "someone-else")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> get(String path, String client) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token(client)).GET());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A client-credentials token from the issuer, one per client for the whole class. */
	static String token(String client) throws Exception {
		String cached = TOKENS.get(client);
		if (cached != null) {
			return cached;
		}
		String basic = Base64.getEncoder()
			.encodeToString((client + ":secret-" + client).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ISSUER_URI + "/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("grant_type=client_credentials&scope=" + String.join("%20", SCOPES.get(client))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		String token = JSON.readTree(response.body()).get("access_token").asString();
		TOKENS.put(client, token);
		return token;
	}

	private static String withoutCorrelationId(String problem) {
		return problem.replaceAll("\"correlationId\":\"[0-9a-f]{32}\"", "\"correlationId\":\"(per request)\"");
	}

}
