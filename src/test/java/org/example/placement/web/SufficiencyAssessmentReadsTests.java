package org.example.placement.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.example.placement.support.TestClients;
import org.example.placement.support.AssessmentForm;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sufficiency assessment over HTTP carries the live view of unmet need from the
 * decisions logged for the authority ({@code unmetNeedFromDecisions}), each decision it
 * counted access-logged; the recorded assessment is served again by {@code GET
 * /api/v1/sufficiency-assessments/{id}} (AUDIT, access-logged, another authority's the
 * same 404 as an unknown id), and replays identically even after more decisions are
 * logged. The decisions are made as of 2019, a year no other test uses, so the shared
 * service's other decisions do not count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = TestClients.PROPERTIES)
class SufficiencyAssessmentReadsTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void includesTheDecisionsWhereNoInAreaPlaceWasEligibleByQuarterAndGroup() throws Exception {
		String outOfArea = decide("2019-05-10", "TS1 1AA");
		decide("2019-08-10", "DH1 4AD");

		HttpResponse<String> created = assess("2019-03-31", TestClients.DURHAM_AUDITOR);

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode view = JSON.readTree(created.body()).get("unmetNeedFromDecisions");
		assertThat(view.get("included").asBoolean()).isTrue();
		assertThat(view.get("from").asString()).isEqualTo("2018-04-01");
		assertThat(view.get("to").asString()).isEqualTo("2020-03-31");
		assertThat(view.get("quarters").findValuesAsString("label")).containsExactly("2018-19 Q1", "2018-19 Q2",
				"2018-19 Q3", "2018-19 Q4", "2019-20 Q1", "2019-20 Q2", "2019-20 Q3", "2019-20 Q4");
		JsonNode first = view.get("quarters").get(4);
		assertThat(first.get("decisions").asLong()).isEqualTo(1);
		assertThat(first.get("noInAreaEligible").asLong()).isEqualTo(1);
		assertThat(first.at("/byGroup/TEENAGER").asLong()).isEqualTo(1);
		assertThat(first.at("/byGroup/DISABLED").asLong()).isEqualTo(1);
		assertThat(view.get("quarters").get(5).get("noInAreaEligible").asLong()).isZero();
		assertThat(view.at("/total/decisions").asLong()).isEqualTo(2);
		assertThat(view.at("/total/noInAreaEligible").asLong()).isEqualTo(1);
		assertThat(view.get("throughSequence").asLong()).isPositive();
		assertThat(readers(outOfArea)).contains("UNMET_NEED durham-auditor");
	}

	@Test
	void servesARecordedAssessmentAsAnsweredAndReplaysItAfterMoreDecisions() throws Exception {
		decide("2017-05-10", "TS1 1AA");
		HttpResponse<String> created = assess("2017-03-31", TestClients.DURHAM_AUDITOR);
		String location = created.headers().firstValue("Location").orElseThrow();
		String id = location.substring(location.lastIndexOf('/') + 1);
		decide("2017-06-10", "TS1 1AA");

		HttpResponse<String> read = send(HttpRequest.newBuilder(uri(location)).GET(), TestClients.DURHAM_AUDITOR);
		HttpResponse<String> replay = send(
				HttpRequest.newBuilder(uri(location + "/replay")).POST(HttpRequest.BodyPublishers.noBody()),
				TestClients.DURHAM_AUDITOR);

		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		assertThat(JSON.readTree(read.body())).isEqualTo(JSON.readTree(created.body()));
		assertThat(JSON.readTree(replay.body()).get("identical").asBoolean()).as(replay.body()).isTrue();
		assertThat(assessmentReads(id)).containsExactlyInAnyOrder("ASSESSMENT", "ASSESSMENT_REPLAY");
	}

	@Test
	void servesOnlyAuditorsOfTheAssessmentsAuthorityAnotherAuthoritysIsNotFound() throws Exception {
		String darlington = assess("E06000005", "2019-03-31", TestClients.BROKER_A).headers()
			.firstValue("Location")
			.orElseThrow();
		String durham = assess("2019-03-31", TestClients.DURHAM_AUDITOR).headers().firstValue("Location").orElseThrow();
		String unknown = SufficiencyController.ASSESSMENTS + "/no-such-assessment";

		assertThat(get(darlington, TestClients.DURHAM_AUDITOR).statusCode()).isEqualTo(404);
		assertThat(get(unknown, TestClients.DURHAM_AUDITOR).statusCode()).isEqualTo(404);
		assertThat(send(HttpRequest.newBuilder(uri(darlington + "/replay")).POST(HttpRequest.BodyPublishers.noBody()),
				TestClients.DURHAM_AUDITOR)
			.statusCode()).isEqualTo(404);
		assertThat(get(darlington, TestClients.BROKER_A).statusCode()).isEqualTo(200);
		assertThat(get(durham, TestClients.DURHAM_DECIDER).statusCode()).isEqualTo(403);
		assertThat(get(durham, null).statusCode()).isEqualTo(401);
	}

	private String decide(String asOf, String postcode) throws Exception {
		HttpResponse<String> made = send(HttpRequest.newBuilder(uri("/api/v1/placement-decisions"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(UnmetNeedControllerTests.REQUEST.formatted(asOf, postcode))),
				TestClients.BROKER_A);
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		return JSON.readTree(made.body()).get("decisionId").asString();
	}

	/** Each read of the decision (or assessment) as {@code KIND reader}. */
	private List<String> readers(String id) throws Exception {
		JsonNode reads = JSON.readTree(get("/api/v1/access-log?decisionId=" + id, TestClients.BROKER_A).body());
		List<String> kinds = reads.findValuesAsString("kind");
		List<String> readers = reads.findValuesAsString("reader");
		List<String> both = new ArrayList<>();
		for (int i = 0; i < kinds.size(); i++) {
			both.add(kinds.get(i) + " " + readers.get(i));
		}
		return both;
	}

	/**
	 * The kinds of durham-auditor's reads of an assessment, as a reader of every
	 * authority lists them (asking by id is for decisions).
	 */
	private List<String> assessmentReads(String id) throws Exception {
		JsonNode reads = JSON
			.readTree(get("/api/v1/access-log?reader=durham-auditor&size=1000", TestClients.BROKER_A).body());
		List<String> kinds = new ArrayList<>();
		reads.forEach(r -> {
			if (r.get("decisionId").asString().equals(id)) {
				kinds.add(r.get("kind").asString());
			}
		});
		return kinds;
	}

	private HttpResponse<String> assess(String yearEnd, String key) throws Exception {
		return assess("E06000047", yearEnd, key);
	}

	private HttpResponse<String> assess(String authority, String yearEnd, String key) throws Exception {
		AssessmentForm form = AssessmentForm.of(authority, yearEnd, AssessmentForm.files());
		return send(HttpRequest.newBuilder(uri(SufficiencyController.ASSESSMENTS))
			.header("Content-Type", "multipart/form-data; boundary=" + form.boundary())
			.POST(HttpRequest.BodyPublishers.ofByteArray(form.body())), key);
	}

	private HttpResponse<String> get(String path, String key) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).GET(), key);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String key) throws Exception {
		if (key != null) {
			request.header("Authorization", TestClients.bearer(key));
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
