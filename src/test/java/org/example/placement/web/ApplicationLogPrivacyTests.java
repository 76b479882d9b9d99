package org.example.placement.web;

import org.example.placement.support.TestClients;
import org.springframework.test.context.TestPropertySource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No value of a request field reaches the application log at any level, on success or on
 * error: the root logger is at TRACE while valid, invalid (400), undecidable (422)
 * requests are posted and the decision is read, listed and replayed. (An unexpected
 * failure: {@link UnexpectedFailureLogPrivacyTests}.) Same configuration as the other
 * full-service tests, so the Spring context is shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = TestClients.PROPERTIES)
class ApplicationLogPrivacyTests {

	static final String CHILD_REF = "CH-SECRET-4711";

	static final String DATE_OF_BIRTH = "2012-02-29";

	static final String HOME = "DH1 4AB";

	static final String CANDIDATE_REF = "P-SECRET-0815";

	static final String CANDIDATE_POSTCODE = "DH1 4AD";

	/** Values only the failing requests send. */
	static final String UNKNOWN_POSTCODE = "ZZ1 1ZZ";

	static final String IMPOSSIBLE_DATE = "2012-02-30";

	static final String VALID = """
			{ "asOf": "2026-11-23", "responsibleAuthority": "E06000047",
			  "child": { "ref": "%s", "dateOfBirth": "%s", "legalStatus": "C2", "homePostcode": "%s",
			             "siblingsInCare": ["SIB-SECRET-2323"] },
			  "candidates": [ { "ref": "%s", "placementType": "U6", "provider": "PR4", "postcode": "%s",
			                    "carerApproval": "APPROVED", "meetsAssessedNeeds": true, "weeklyCost": 987.65 } ] }
			""".formatted(CHILD_REF, DATE_OF_BIRTH, HOME, CANDIDATE_REF, CANDIDATE_POSTCODE);

	static final List<String> SECRETS = List.of(CHILD_REF, DATE_OF_BIRTH, HOME, CANDIDATE_REF, CANDIDATE_POSTCODE,
			"SIB-SECRET-2323", "987.65", UNKNOWN_POSTCODE, IMPOSSIBLE_DATE);

	@LocalServerPort
	int port;

	LogCapture log;

	@BeforeEach
	void captureEveryLevel() {
		log = LogCapture.atTrace();
	}

	@AfterEach
	void stopCapturing() {
		log.close();
	}

	@Test
	void noRequestValueIsLoggedWhenDecidingReadingListingAndReplaying() throws Exception {
		HttpResponse<String> made = send("POST", "/api/v1/placement-decisions", VALID);
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		String id = JsonMapper.builder().build().readTree(made.body()).get("decisionId").asString();

		assertThat(send("GET", "/api/v1/placement-decisions/" + id, null).statusCode()).isEqualTo(200);
		assertThat(send("GET", "/api/v1/placement-decisions?size=5", null).statusCode()).isEqualTo(200);
		assertThat(send("POST", "/api/v1/placement-decisions/" + id + "/replay", null).statusCode()).isEqualTo(200);

		assertNoSecretIn(log.lines());
	}

	@Test
	void noRequestValueIsLoggedWhenTheRequestIsRefused() throws Exception {
		// 400: a code outside the list; an impossible date (a read error); an unknown
		// field
		assertThat(send("POST", "/api/v1/placement-decisions", VALID.replace("\"U6\"", "\"XX\"")).statusCode())
			.isEqualTo(400);
		assertThat(
				send("POST", "/api/v1/placement-decisions", VALID.replace(DATE_OF_BIRTH, IMPOSSIBLE_DATE)).statusCode())
			.isEqualTo(400);
		assertThat(send("POST", "/api/v1/placement-decisions",
				VALID.replace("\"legalStatus\"", "\"nickname\": \"" + CHILD_REF + "\", \"legalStatus\""))
			.statusCode()).isEqualTo(400);
		// 422: a home postcode nobody knows
		HttpResponse<String> undecidable = send("POST", "/api/v1/placement-decisions",
				VALID.replace(HOME, UNKNOWN_POSTCODE));
		assertThat(undecidable.statusCode()).as(undecidable.body()).isEqualTo(422);
		// a query parameter of the wrong type, holding a value
		assertThat(send("GET", "/api/v1/placement-decisions?from=" + CHILD_REF, null).statusCode()).isEqualTo(400);

		assertNoSecretIn(log.lines());
	}

	static void assertNoSecretIn(List<String> lines) {
		assertThat(lines).as("something was logged at TRACE").isNotEmpty();
		// the logger and the start of each offending line, so a failure says where to
		// look
		List<String> leaks = lines.stream()
			.filter(line -> SECRETS.stream().anyMatch(line::contains))
			.map(line -> line.substring(0, Math.min(line.length(), 160)).replace('\n', ' '))
			.distinct()
			.toList();
		assertThat(leaks).as("log lines holding a request value").isEmpty();
	}

	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("Authorization", TestClients.bearer(TestClients.BROKER_A))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
