package org.example.placement.web;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.example.placement.support.AssessmentForm;
import org.example.placement.support.TestClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/sufficiency-assessments} over HTTP: 201 with the report, recorded
 * and replayed identically; 400 for malformed fields and unknown parts, 401 without a
 * credential, 403 without AUDIT for the authority, 413 over the upload limit, 422 without
 * a required file. Same configuration as the other full-service tests (shared context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = TestClients.PROPERTIES)
class SufficiencyApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry registry;

	@Test
	void assessesRecordsAndReplaysIdentically() throws Exception {
		double before = runs("assessed");

		HttpResponse<String> created = post(AssessmentForm.of("E06000047", "2025-03-31", AssessmentForm.files()),
				TestClients.DURHAM_AUDITOR);

		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode report = JSON.readTree(created.body());
		assertThat(report.at("/measures/lookedAfterAtYearEnd").asInt()).isEqualTo(9);
		assertThat(report.at("/duty/notMet").asInt()).isEqualTo(3);
		assertThat(report.at("/inputs/episodes.csv").asString()).startsWith("sha256:");
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith("/api/v1/sufficiency-assessments/");
		HttpResponse<String> replay = send(
				HttpRequest.newBuilder(uri(location + "/replay")).POST(HttpRequest.BodyPublishers.noBody()),
				TestClients.DURHAM_AUDITOR);
		assertThat(replay.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(replay.body()).get("identical").asBoolean()).isTrue();
		assertThat(runs("assessed")).isEqualTo(before + 1);
	}

	@Test
	void answersABrowserWithThePrintablePage() throws Exception {
		AssessmentForm form = AssessmentForm.of("E06000047", "2025-03-31", AssessmentForm.files());
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri(SufficiencyController.ASSESSMENTS))
			.header("Content-Type", "multipart/form-data; boundary=" + form.boundary())
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.POST(HttpRequest.BodyPublishers.ofByteArray(form.body())), TestClients.DURHAM_AUDITOR);
		HttpResponse<String> json = post(form, TestClients.DURHAM_AUDITOR);

		assertThat(page.statusCode()).isEqualTo(201);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(page.body()).startsWith("<!DOCTYPE html>")
			.contains("data-json=\"/measures/lookedAfterAtYearEnd\">9<", "id=\"chart-trend\"");
		assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
	}

	@Test
	void refusesMalformedFieldsAndUnknownPartsNamingEach() throws Exception {
		Map<String, String> parts = AssessmentForm.files();
		parts.put("notes.csv", "x\n");

		HttpResponse<String> response = post(AssessmentForm.of("Durham", "2025-04-01", parts),
				TestClients.DURHAM_AUDITOR);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).findValuesAsString("field")).containsExactly("authority", "yearEnd",
				"notes.csv");
	}

	@Test
	void refusesAnAssessmentWithoutARequiredFile() throws Exception {
		Map<String, String> parts = AssessmentForm.files();
		parts.remove("supply.csv");
		double before = runs("refused");

		HttpResponse<String> response = post(AssessmentForm.of("E06000047", "2025-03-31", parts),
				TestClients.DURHAM_AUDITOR);

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(JSON.readTree(response.body()).findValuesAsString("field")).containsExactly("supply.csv");
		assertThat(runs("refused")).isEqualTo(before + 1);
	}

	@Test
	void needsACredentialAndAuditForTheAuthority() throws Exception {
		AssessmentForm form = AssessmentForm.of("E06000047", "2025-03-31", AssessmentForm.files());

		assertThat(post(form, null).statusCode()).isEqualTo(401);
		assertThat(post(form, TestClients.DURHAM_DECIDER).statusCode()).isEqualTo(403);
		assertThat(
				post(AssessmentForm.of("E06000057", "2025-03-31", AssessmentForm.files()), TestClients.DURHAM_AUDITOR)
					.statusCode())
			.isEqualTo(403);
	}

	@Test
	void refusesAnUploadOverTheLimitBeforeReadingIt() throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/sufficiency-assessments HTTP/1.1\r\nHost: localhost\r\n" + "Authorization: "
					+ TestClients.bearer(TestClients.DURHAM_AUDITOR) + "\r\n"
					+ "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 60000000\r\n\r\n--b\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);

			assertThat(status).isEqualTo("HTTP/1.1 413");
		}
	}

	private double runs(String outcome) {
		var counter = registry.find(SufficiencyController.RUNS).tag("outcome", outcome).counter();
		return counter == null ? 0 : counter.count();
	}

	private HttpResponse<String> post(AssessmentForm form, String key) throws Exception {
		return send(HttpRequest.newBuilder(uri(SufficiencyController.ASSESSMENTS))
			.header("Content-Type", "multipart/form-data; boundary=" + form.boundary())
			.POST(HttpRequest.BodyPublishers.ofByteArray(form.body())), key);
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
