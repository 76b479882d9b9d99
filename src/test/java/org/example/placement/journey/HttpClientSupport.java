package org.example.placement.journey;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.example.placement.decision.DecisionRequest;
import org.example.placement.scenario.ScenarioFiles;
import tools.jackson.databind.json.JsonMapper;

/** Posts decisions to a running service over real HTTP, as a calling system would. */
final class HttpClientSupport {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	HttpClientSupport(int port) {
		this.port = port;
	}

	/** A journey scenario's request for the i-th child, so each decision differs. */
	static String request(String journey, int i) {
		DecisionRequest given = ScenarioFiles.read(Path.of("test-scenarios/journeys", journey)).given();
		String body = JSON.writeValueAsString(given);
		return body.replace("\"ref\":\"" + given.child().ref() + "\"", "\"ref\":\"CH-" + (10000 + i) + "\"");
	}

	HttpResponse<String> post(String path, String body) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("X-Calling-System", "journey-test")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A POST with {@code Authorization: Bearer <token>}, as an operator calls the admin endpoints. */
	HttpResponse<String> postAsOperator(String path, String token) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
