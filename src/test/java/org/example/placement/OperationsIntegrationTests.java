package org.example.placement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.example.placement.engine.ServingRuleset;
import org.example.placement.scenario.Scenario;
import org.example.placement.scenario.ScenarioFiles;
import org.example.placement.support.TestClients;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees (README "Operating it"): the metric families after real decisions
 * over HTTP, and {@code info}; both need an OPERATE credential. Same context as
 * {@link PlacementServiceIntegrationTests}, so it is reused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = TestClients.PROPERTIES)
class OperationsIntegrationTests {

	static final ObjectMapper JSON = JsonMapper.builder().build();

	static final String EXCLUDES = "test-scenarios/england/eligibility/foster-parent-approval/"
			+ "excludes-foster-carer-outside-approved-age-range.yaml";

	final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ServingRuleset engine;

	@Test
	void scrapeShowsEveryMetricFamilyWithBoundedTags() throws Exception {
		Scenario scenario = ScenarioFiles.read(Path.of(EXCLUDES));
		assertThat(post(JSON.writeValueAsString(scenario.given())).statusCode()).isEqualTo(201);
		assertThat(post("{\"asOf\": ").statusCode()).isEqualTo(400);

		HttpResponse<String> scrape = get("/actuator/prometheus", TestClients.OPERATOR);

		assertThat(scrape.statusCode()).isEqualTo(200);
		String metrics = scrape.body();
		assertThat(metrics).contains("placement_decisions_total{authority=\"E06000047\",outcome=\"recorded\"}")
			.contains("placement_decisions_total{authority=\"unknown\",outcome=\"refused\"}")
			.contains("placement_decision_latency_percentiles_seconds{outcome=\"recorded\",quantile=\"0.5\"}")
			.contains("placement_decision_latency_percentiles_seconds{outcome=\"recorded\",quantile=\"0.99\"}")
			.contains("placement_decision_latency_seconds_bucket{outcome=\"recorded\",le=")
			.contains("placement_decision_candidates_count ")
			.contains("placement_rule_firings_total{rule=\"ENG-CPR-R22-1\"}")
			.contains("placement_rule_exclusions_total{rule=\"ENG-CPR-R22-2\"}")
			.contains("placement_ruleset_serving{version=\"" + engine.current().version() + "\"} 1.0")
			.contains("placement_ruleset_reloads_total{outcome=\"accepted\"}")
			.contains("placement_ruleset_reloads_total{outcome=\"rejected\"}")
			.contains("placement_log_append_seconds_count ")
			.contains("placement_log_append_seconds_bucket{le=")
			.contains("placement_log_append_batch_count ")
			.contains("placement_log_unavailable_total ")
			.contains("logback_events_total{level=\"info\"}")
			.contains("logback_events_total{level=\"warn\"}");
		// counted by an appender: no turbo filter asked at every level check
		assertThat(((LoggerContext) LoggerFactory.getILoggerFactory()).getTurboFilterList()).isEmpty();
		// nothing of the child or a candidate is ever a tag
		assertThat(metrics).doesNotContain("CH-1101", "P-UNDER-14", "P-UP-TO-14", "DH1");
	}

	@Test
	void scrapeAndInfoNeedAnOperatorCredential() throws Exception {
		assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/info", null).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/prometheus", TestClients.DURHAM_DECIDER).statusCode()).isEqualTo(403);
	}

	@Test
	void infoShowsTheBuildTheCommitAndTheServingRuleset() throws Exception {
		HttpResponse<String> response = get("/actuator/info", TestClients.OPERATOR);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode info = JSON.readTree(response.body());
		assertThat(info.at("/build/version").asString()).isEqualTo("0.1.0-SNAPSHOT");
		assertThat(info.at("/ruleset/version").asString()).isEqualTo(engine.current().version());
		if (new ClassPathResource("git.properties").exists()) {
			assertThat(info.at("/git/commit/id").asString()).isNotBlank();
		}
	}

	private HttpResponse<String> post(String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/placement-decisions"))
			.header("Content-Type", "application/json")
			.header("Authorization", TestClients.bearer(TestClients.BROKER_A))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String key) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (key != null) {
			request.header("Authorization", TestClients.bearer(key));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
