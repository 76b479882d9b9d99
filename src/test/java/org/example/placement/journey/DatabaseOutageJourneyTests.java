package org.example.placement.journey;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.example.placement.ledger.DecisionLedger;
import org.example.placement.ledger.LogQuery;
import org.example.placement.support.TestClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service on a real PostgreSQL that goes down mid-run: while it is down every request
 * gets a 503 problem and nothing is recorded; once it is back the service resumes and the
 * chain is intact.
 */
@TestPropertySource(locations = TestClients.PROPERTIES)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.connection-timeout=1000",
				"spring.datasource.hikari.validation-timeout=500", "placement.rules.watch-interval=0" })
class DatabaseOutageJourneyTests {

	static final Path DATA = tempDirectory();

	static final int PORT = freePort();

	static EmbeddedPostgres postgres = start();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
	}

	@LocalServerPort
	int port;

	@Autowired
	DecisionLedger log;

	@Test
	void answers503WhileTheDatabaseIsDownAndResumesWithTheChainIntact() throws Exception {
		HttpClientSupport http = new HttpClientSupport(port);
		String request = HttpClientSupport.request("durham-unrelated-carers-nearest-first.yaml", 1);
		assertThat(http.post("/api/v1/placement-decisions", request).statusCode()).isEqualTo(201);

		postgres.close();
		HttpResponse<String> duringOutage = http.post("/api/v1/placement-decisions", request);
		int healthDuringOutage = http.get("/actuator/health").statusCode();
		int readinessDuringOutage = http.get("/actuator/health/readiness").statusCode();
		postgres = start();
		HttpResponse<String> afterRestart = postUntilRecovered(http, request);

		assertThat(duringOutage.statusCode()).isEqualTo(503);
		assertThat(duringOutage.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(duringOutage.headers().firstValue("Retry-After")).isPresent();
		assertThat(healthDuringOutage).as("health while PostgreSQL is down").isEqualTo(503);
		assertThat(readinessDuringOutage).as("readiness while PostgreSQL is down").isEqualTo(503);
		assertThat(afterRestart.statusCode()).isEqualTo(201);
		assertThat(http.get("/actuator/health/readiness").statusCode()).as("readiness once it is back").isEqualTo(200);
		assertThat(log.verify().intact()).isTrue();
		assertThat(log.list(LogQuery.all())).hasSize(2);
	}

	/** The pool may hand out a dead connection or two before it notices the restart. */
	private static HttpResponse<String> postUntilRecovered(HttpClientSupport http, String request) throws Exception {
		AtomicReference<HttpResponse<String>> response = new AtomicReference<>();
		Waiting.upTo(Duration.ofSeconds(5), Duration.ofMillis(250), () -> {
			response.set(http.post("/api/v1/placement-decisions", request));
			return response.get().statusCode() != 503;
		});
		return response.get();
	}

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false).setPort(PORT).start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not start PostgreSQL", ex);
		}
	}

	private static Path tempDirectory() {
		try {
			return Files.createTempDirectory("outage-pg");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

}
