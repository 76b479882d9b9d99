package org.example.placement.journey;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The durability promise, tested the only way that proves it: the service runs in its own
 * JVM, takes a burst of concurrent requests, and is killed with SIGKILL while requests
 * are in flight. After a restart every decision that had been answered {@code 201} must
 * be there, and {@code ledger verify} must find the chain intact (which includes the tail
 * the witness file remembers). Run on the embedded default, exactly as configured, and on
 * a real PostgreSQL.
 */
class CrashDurabilityTests {

	static final String README_REQUEST = """
			{
			  "asOf": "2026-11-23",
			  "responsibleAuthority": "E06000047",
			  "child": { "ref": "CH-%05d", "dateOfBirth": "2013-05-01", "legalStatus": "C2", "homePostcode": "DH1 3AA" },
			  "candidates": [
			    { "ref": "P-01", "placementType": "U6", "provider": "PR4", "postcode": "DH1 5AA", "carerApproval": "APPROVED", "meetsAssessedNeeds": true },
			    { "ref": "P-02", "placementType": "U3", "provider": "PR1", "postcode": "DH8 5", "connectedPerson": true, "carerApproval": "APPROVED", "meetsAssessedNeeds": true },
			    { "ref": "P-03", "placementType": "P1", "provider": "PR0", "postcode": "TS1 1AA", "meetsAssessedNeeds": true }
			  ]}""";

	static final int CLIENTS = 16;

	static final int KILL_AFTER_ACKNOWLEDGED = 150;

	/**
	 * How long the burst may run once the first decision is acknowledged (a loaded CI
	 * machine is slow to warm up).
	 */
	static final Duration KILL_AT_THE_LATEST = Duration.ofSeconds(4);

	static final Duration FIRST_ACKNOWLEDGEMENT_WITHIN = Duration.ofSeconds(60);

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void losesNoAcknowledgedDecisionOnTheEmbeddedDefault(@TempDir Path workDir) throws Exception {
		crashAndRecover(workDir, Map.of(), "embedded H2");
	}

	/**
	 * The same while the file is being compacted (ledger.H2FileCompaction): H2 may
	 * rewrite a chunk as soon as it is written (retention 0) and the compaction runs
	 * every 50 ms, so it moves decisions' pages during the burst; its log line shows it
	 * did.
	 */
	@Test
	void losesNoAcknowledgedDecisionOnTheEmbeddedDefaultWhileItsFileIsCompacted(@TempDir Path workDir)
			throws Exception {
		Map<String, String> compacting = Map.of("SPRING_DATASOURCE_URL",
				"jdbc:h2:file:./data/placement-ledger;AUTO_SERVER=TRUE;WRITE_DELAY=0;RETENTION_TIME=0",
				"PLACEMENT_LEDGER_H2COMPACTEVERY", "50ms", "SPRING_APPLICATION_JSON",
				"{\"logging.level.org.example.placement.ledger.H2FileCompaction\": \"DEBUG\"}");
		crashAndRecover(workDir, compacting, "embedded H2, compacting");
	}

	@Test
	void losesNoAcknowledgedDecisionOnPostgresql(@TempDir Path workDir) throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			Map<String, String> database = Map.of("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"),
					"SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", "postgres");
			crashAndRecover(workDir, database, "PostgreSQL");
		}
	}

	private static void crashAndRecover(Path workDir, Map<String, String> database, String store) throws Exception {
		Set<String> acknowledged;
		String key;
		try (ServiceProcess service = ServiceProcess.start(workDir, database)) {
			key = service.authorization();
			assertLocalKeyIsOwnerOnlyAndNeverLogged(service);
			acknowledged = burstThenKill(service);
			if (database.containsKey("PLACEMENT_LEDGER_H2COMPACTEVERY")) {
				assertThat(service.output()).as("the compaction ran during the burst").contains("H2 file compaction: ");
			}
		}

		int recovered;
		try (ServiceProcess restarted = ServiceProcess.start(workDir, database)) {
			assertThat(restarted.authorization()).as("the local key is kept across restarts").isEqualTo(key);
			recovered = present(restarted, acknowledged);
		}
		ServiceProcess.Result verify = ServiceProcess.command(workDir, database, "ledger", "verify");

		System.out.printf("[crash test, %s] acknowledged %d decisions before SIGKILL; %d present after restart%n",
				store, acknowledged.size(), recovered);
		assertThat(acknowledged).as("decisions acknowledged before the kill").isNotEmpty();
		assertThat(recovered).as("acknowledged decisions present after restart").isEqualTo(acknowledged.size());
		assertThat(verify.output()).as("ledger verify").contains("Chain intact");
		assertThat(verify.exitCode()).isZero();
	}

	/**
	 * With no client configured, the service wrote its local key owner-only and logged
	 * where, not what.
	 */
	private static void assertLocalKeyIsOwnerOnlyAndNeverLogged(ServiceProcess service) throws Exception {
		String key = service.authorization().substring("Bearer ".length());
		assertThat(Files.getPosixFilePermissions(service.localKeyFile()))
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(service.output()).contains(service.localKeyFile().getFileName().toString()).doesNotContain(key);
	}

	/**
	 * Concurrent clients post until enough decisions are acknowledged (or time runs out),
	 * then SIGKILL.
	 */
	private static Set<String> burstThenKill(ServiceProcess service) throws Exception {
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger child = new AtomicInteger();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		String authorization = service.authorization();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		for (int i = 0; i < CLIENTS; i++) {
			clients.submit(() -> {
				while (!stop.get()) {
					try {
						HttpResponse<String> response = http.send(post(service, authorization, child.incrementAndGet()),
								HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() == 201) {
							acknowledged.add(JSON.readTree(response.body()).get("decisionId").asString());
						}
					}
					catch (IOException killed) {
						// the service is gone: this request was never acknowledged
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
		}
		Waiting.upTo(FIRST_ACKNOWLEDGEMENT_WITHIN, Duration.ofMillis(5), () -> !acknowledged.isEmpty());
		Waiting.upTo(KILL_AT_THE_LATEST, Duration.ofMillis(5), () -> acknowledged.size() >= KILL_AFTER_ACKNOWLEDGED);
		// an answer that arrives while the kill is under way still counts as acknowledged
		service.kill();
		stop.set(true);
		clients.shutdownNow();
		assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		return Set.copyOf(acknowledged);
	}

	private static HttpRequest post(ServiceProcess service, String authorization, int child) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + "/api/v1/placement-decisions"))
			.header("Content-Type", "application/json")
			.header("Authorization", authorization)
			.timeout(Duration.ofSeconds(10))
			.POST(HttpRequest.BodyPublishers.ofString(README_REQUEST.formatted(child)))
			.build();
	}

	private static int present(ServiceProcess service, Set<String> decisionIds) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		int found = 0;
		List<String> missing = new ArrayList<>();
		for (String id : decisionIds) {
			HttpResponse<String> response = http.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + service.port() + "/api/v1/placement-decisions/" + id))
				.header("Authorization", service.authorization())
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 200) {
				found++;
			}
			else {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			System.out.println("[crash test] " + missing.size() + " missing after restart, e.g. "
					+ missing.subList(0, Math.min(3, missing.size())));
		}
		return found;
	}

}
