package org.example.placement.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.example.placement.support.TestClients;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code logging.structured.format.console=ecs} every line on stdout is one JSON
 * object, and every line of a request, and every problem it is answered with (401 and 403
 * from the security filters included), carries its correlation id: the trace-id of a
 * well-formed W3C {@code traceparent}, otherwise a generated one. The one extra Spring
 * context of the suite with a different logging configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "logging.structured.format.console=ecs")
@TestPropertySource(locations = TestClients.PROPERTIES)
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogIntegrationTests {

	static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

	static final String ID_FORMAT = "[0-9a-f]{32}";

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	/**
	 * Boot configures Logback once per JVM: a context started later (this one, after the
	 * suite's plain-text contexts) finds it configured and keeps the text format. Marking
	 * it unconfigured makes this context apply its own logging configuration, as it would
	 * as the only one.
	 */
	@BeforeAll
	static void letThisContextConfigureLogging() {
		LoggingSystem.get(StructuredLogIntegrationTests.class.getClassLoader()).cleanUp();
	}

	@Test
	void everyLineIsJsonAndEveryLineOfARequestCarriesItsCorrelationId(CapturedOutput output) throws Exception {
		HttpResponse<String> decided = send("POST", "/api/v1/placement-decisions", ApplicationLogPrivacyTests.VALID,
				TestClients.BROKER_A, TRACEPARENT);
		HttpResponse<String> refused = send("POST", "/api/v1/placement-decisions",
				ApplicationLogPrivacyTests.VALID.replace("\"U6\"", "\"XX\""), TestClients.BROKER_A, null);

		assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
		assertThat(decided.headers().firstValue(CorrelationId.HEADER)).hasValue(TRACE_ID);
		assertThat(refused.statusCode()).isEqualTo(400);
		String generated = json.readTree(refused.body()).get("correlationId").asString();
		assertThat(generated).matches(ID_FORMAT).isNotEqualTo(TRACE_ID);
		assertThat(refused.headers().firstValue(CorrelationId.HEADER)).hasValue(generated);

		List<JsonNode> lines = logLines(output);
		assertThat(lines).allSatisfy(line -> assertThat(line.has("@timestamp") && line.has("message")).isTrue());
		assertThat(messagesOf(lines, TRACE_ID))
			.anyMatch(m -> m.startsWith("POST /api/v1/placement-decisions answered 201"));
		assertThat(messagesOf(lines, generated))
			.anyMatch(m -> m.startsWith("POST /api/v1/placement-decisions answered 400"));
		ApplicationLogPrivacyTests.assertNoSecretIn(output.getOut().lines().toList());
	}

	@Test
	void aRefusedCredentialCarriesTheCallersTraceIdInTheProblemTheHeaderAndTheLog(CapturedOutput output)
			throws Exception {
		HttpResponse<String> refused = send("GET", "/api/v1/rules", null, "not-a-key", TRACEPARENT);

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(json.readTree(refused.body()).get("correlationId").asString()).isEqualTo(TRACE_ID);
		assertThat(refused.headers().firstValue(CorrelationId.HEADER)).hasValue(TRACE_ID);
		assertThat(messagesOf(logLines(output), TRACE_ID)).anyMatch(m -> m.startsWith("Authentication refused"));
	}

	@Test
	void deniedAccessCarriesACorrelationIdToo() throws Exception {
		HttpResponse<String> denied = send("GET", "/api/v1/rules", null, TestClients.DURHAM_DECIDER, TRACEPARENT);

		assertThat(denied.statusCode()).isEqualTo(403);
		assertThat(json.readTree(denied.body()).get("correlationId").asString()).isEqualTo(TRACE_ID);
		assertThat(denied.headers().firstValue(CorrelationId.HEADER)).hasValue(TRACE_ID);
	}

	@Test
	void aMalformedTraceparentIsReplacedByAGeneratedIdAndNeverEchoed(CapturedOutput output) throws Exception {
		List<String> malformed = List.of("00-" + TRACE_ID.toUpperCase() + "-00f067aa0ba902b7-01",
				"00-" + TRACE_ID + "-00f067aa0ba902b7", "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01",
				"ff-" + TRACE_ID + "-00f067aa0ba902b7-01", "00-" + TRACE_ID + "-00f067aa0ba902b7-01\",\"admin\":true",
				"00-4bf92f3577b34da6a3ce929d0e0e473g-00f067aa0ba902b7-01");
		for (String traceparent : malformed) {
			HttpResponse<String> refused = send("GET", "/api/v1/rules", null, "not-a-key", traceparent);

			String id = json.readTree(refused.body()).get("correlationId").asString();
			assertThat(id).as(traceparent).matches(ID_FORMAT).isNotEqualTo(TRACE_ID);
			assertThat(refused.headers().firstValue(CorrelationId.HEADER)).hasValue(id);
			assertThat(refused.body()).doesNotContain(traceparent, TRACE_ID);
		}
		assertThat(output.getOut()).doesNotContain("admin");
	}

	/**
	 * Every line captured on stdout (start-up included), each of which must be a JSON
	 * object.
	 */
	private static List<JsonNode> logLines(CapturedOutput output) {
		return output.getOut().lines().filter(line -> !line.isBlank()).map(line -> {
			try {
				JsonNode node = json.readTree(line);
				assertThat(node.isObject()).as(line).isTrue();
				return node;
			}
			catch (JacksonException ex) {
				throw new AssertionError("not a JSON line: " + line, ex);
			}
		}).toList();
	}

	private static List<JsonNode> linesOf(List<JsonNode> lines, String correlationId) {
		return lines.stream()
			.filter(line -> line.has(CorrelationId.MDC_KEY)
					&& correlationId.equals(line.get(CorrelationId.MDC_KEY).asString()))
			.toList();
	}

	private static List<String> messagesOf(List<JsonNode> lines, String correlationId) {
		return linesOf(lines, correlationId).stream().map(line -> line.get("message").asString()).toList();
	}

	private HttpResponse<String> send(String method, String path, @Nullable String body, String key,
			@Nullable String traceparent) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("Authorization", TestClients.bearer(key))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (traceparent != null) {
			request.header(CorrelationId.TRACEPARENT, traceparent);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
