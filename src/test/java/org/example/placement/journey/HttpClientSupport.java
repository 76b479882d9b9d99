package org.example.placement.journey;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.example.placement.decision.DecisionRequest;
import org.example.placement.scenario.ScenarioFiles;
import org.example.placement.support.TestClients;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts decisions to a running service over real HTTP, as a calling system would, with
 * its API key ({@code Authorization: Bearer <key>}; broker-a's from
 * {@code test-clients.properties} unless another is given).
 */
final class HttpClientSupport {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	private final String key;

	HttpClientSupport(int port) {
		this(port, TestClients.BROKER_A);
	}

	HttpClientSupport(int port, String key) {
		this.port = port;
		this.key = key;
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
			.header("Authorization", TestClients.bearer(key))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** An empty POST with another client's key, as a policy officer calls the reload. */
	HttpResponse<String> postAs(String path, String otherKey) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", TestClients.bearer(otherKey))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", TestClients.bearer(key))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
