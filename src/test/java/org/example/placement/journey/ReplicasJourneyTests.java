package org.example.placement.journey;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.example.placement.support.RuleDirectories;
import org.example.placement.support.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas of the service on one PostgreSQL, as behind a load balancer: two JVMs,
 * each with its own working directory ({@code ./data}, so its own chain witness) and its
 * own copy of the rules, started together on an empty database. Clients keep posting
 * decisions to both while policy staff roll a change out: two files of replica A's rules
 * are rewritten (the 0-5 mile band and Durham's 20-mile preference weigh more), A serves
 * the new version while B still serves the old, then B's copy is changed too. Then: one
 * gap-free chain holding every acknowledged decision, which {@code ledger verify} finds
 * intact against either replica's witness; every decision made under the old or the new
 * version, never a mixture, its findings those of its version; both versions archived
 * once; and {@code ledger replay} replays every decision identically under its own
 * version.
 */
class ReplicasJourneyTests {

	static final Duration WATCH_INTERVAL = Duration.ofMillis(250);

	static final Duration PATIENCE = Duration.ofMinutes(3);

	static final int CLIENTS_PER_REPLICA = 3;

	/** Decisions each replica must acknowledge under a version before the next step. */
	static final int EACH_STEP = 8;

	static final String NEAR_HOME = "LOCAL-DEFAULT-010";

	static final String DURHAM_WITHIN_20_MILES = "LOCAL-E06000047-010";

	static final String DURHAM_TABLE = "local/E06000047/within-20-miles.drl.csv";

	/** The two weights as shipped, and as the change sets them. */
	static final Map<String, Integer> OLD_WEIGHTS = Map.of(NEAR_HOME, 20, DURHAM_WITHIN_20_MILES, 15);

	static final Map<String, Integer> NEW_WEIGHTS = Map.of(NEAR_HOME, 25, DURHAM_WITHIN_20_MILES, 18);

	@Test
	void twoReplicasKeepOneChainThroughARollingRulesetChange(@TempDir Path root) throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			Map<String, String> database = Map.of("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"),
					"SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", "postgres");
			Path a = Files.createDirectories(root.resolve("replica-a"));
			Path b = Files.createDirectories(root.resolve("replica-b"));
			List<ReplicaLoad.Ack> acks;
			String[] versions;
			List<String> failures;
			try (Replicas replicas = Replicas.start(a, b, database)) {
				ReplicaLoad load = new ReplicaLoad(Map.of("A", replicas.a().port(), "B", replicas.b().port()),
						CLIENTS_PER_REPLICA, TestClients.bearer(TestClients.BROKER_A));
				versions = ServiceProcess.explainingFailure(replicas.a(), () -> rollOut(replicas, load));
				acks = load.stop();
				failures = load.failures();
			}
			String oldVersion = versions[0];
			String newVersion = versions[1];
			System.out.printf("[replicas] %d decisions acknowledged (A %d, B %d), %d under the new ruleset%n",
					acks.size(), acks.stream().filter(x -> x.replica().equals("A")).count(),
					acks.stream().filter(x -> x.replica().equals("B")).count(),
					acks.stream().filter(x -> x.rulesetVersion().equals(newVersion)).count());
			assertThat(failures).as("answers other than 201").isEmpty();
			assertEachDecisionWhollyUnderOneVersion(acks, oldVersion, newVersion);
			new SharedLedger(postgres.getPostgresDatabase()).assertOneChainOf(acks, oldVersion, newVersion);
			assertCommandsAgree(a, b, database, acks.size());
		}
	}

	/**
	 * Changes A's rules, waits for A to serve them and decide under them while B still
	 * decides under the old; then B's. The old version and the new.
	 */
	private static String[] rollOut(Replicas replicas, ReplicaLoad load) throws Exception {
		String oldVersion = serving(replicas.a());
		assertThat(serving(replicas.b())).as("both replicas start on the same rules").isEqualTo(oldVersion);
		awaitDecisions(load, "A", oldVersion);
		awaitDecisions(load, "B", oldVersion);

		change(replicas.rulesA());
		String newVersion = await("replica A serving the changed rules").atMost(PATIENCE)
			.until(() -> serving(replicas.a()), version -> !version.equals(oldVersion));
		awaitDecisions(load, "A", newVersion);
		assertThat(serving(replicas.b())).as("B, not yet changed, still serves the old rules").isEqualTo(oldVersion);
		awaitDecisions(load, "B", oldVersion);

		change(replicas.rulesB());
		await("replica B serving the changed rules").atMost(PATIENCE)
			.until(() -> serving(replicas.b()), newVersion::equals);
		awaitDecisions(load, "B", newVersion);
		return new String[] { oldVersion, newVersion };
	}

	/**
	 * Policy staff's change, written file after file as a copy would: each weight from
	 * {@link #OLD_WEIGHTS} to {@link #NEW_WEIGHTS}.
	 */
	private static void change(Path rules) throws Exception {
		RuleDirectories.setNearHomeWeight(rules, NEW_WEIGHTS.get(NEAR_HOME));
		Path durham = rules.resolve(DURHAM_TABLE);
		String table = Files.readString(durham);
		String changed = table.replace("\"PREFER\",\"" + OLD_WEIGHTS.get(DURHAM_WITHIN_20_MILES) + "\"",
				"\"PREFER\",\"" + NEW_WEIGHTS.get(DURHAM_WITHIN_20_MILES) + "\"");
		assertThat(changed).as("the Durham table's weight was found").isNotEqualTo(table);
		Files.writeString(durham, changed);
	}

	private static void awaitDecisions(ReplicaLoad load, String replica, String version) {
		await("replica " + replica + " deciding under " + version).atMost(PATIENCE)
			.until(() -> load.acknowledged(replica, version) >= EACH_STEP);
	}

	/**
	 * No decision was made under a half-applied ruleset: each names the old version or
	 * the new, and carries exactly that version's weights.
	 */
	private static void assertEachDecisionWhollyUnderOneVersion(List<ReplicaLoad.Ack> acks, String oldVersion,
			String newVersion) {
		assertThat(acks).allSatisfy(ack -> {
			assertThat(ack.rulesetVersion()).isIn(oldVersion, newVersion);
			Map<String, Integer> expected = ack.rulesetVersion().equals(oldVersion) ? OLD_WEIGHTS : NEW_WEIGHTS;
			assertThat(weights(ack.body())).as("weights in decision %s", ack.decisionId()).isEqualTo(expected);
		});
		assertThat(acks.stream().map(a -> a.replica() + " " + a.rulesetVersion()).collect(Collectors.toSet()))
			.as("each replica decided under both versions")
			.containsExactlyInAnyOrder("A " + oldVersion, "A " + newVersion, "B " + oldVersion, "B " + newVersion);
	}

	/** The weight of each changed rule, as found for any candidate of the decision. */
	private static Map<String, Integer> weights(JsonNode decision) {
		Set<String> changed = OLD_WEIGHTS.keySet();
		return decision.get("candidates")
			.valueStream()
			.flatMap(candidate -> candidate.get("findings").valueStream())
			.filter(finding -> changed.contains(finding.get("ruleId").asString()))
			.collect(Collectors.toMap(f -> f.get("ruleId").asString(), f -> f.get("weight").asInt(), (x, y) -> x));
	}

	/**
	 * {@code ledger verify} in each replica's directory (its own witness) and
	 * {@code ledger replay}, run together once both replicas have stopped.
	 */
	private static void assertCommandsAgree(Path a, Path b, Map<String, String> database, int decisions)
			throws Exception {
		var verifyA = CompletableFuture.supplyAsync(() -> command(a, database, "verify"));
		var verifyB = CompletableFuture.supplyAsync(() -> command(b, database, "verify"));
		ServiceProcess.Result replay = command(a, database, "replay");
		for (ServiceProcess.Result verify : List.of(verifyA.get(), verifyB.get())) {
			assertThat(verify.output()).as("ledger verify")
				.contains("Chain intact: " + decisions + " records verified; its end matches the last record");
			assertThat(verify.exitCode()).isZero();
		}
		assertThat(replay.output()).as("ledger replay")
			.contains("Replayed " + decisions + " decisions")
			.contains(decisions + " identical, 0 differ, 0 not replayable");
		assertThat(replay.exitCode()).isZero();
	}

	private static ServiceProcess.Result command(Path workDir, Map<String, String> database, String action) {
		try {
			return ServiceProcess.command(workDir, database, "ledger", action);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String serving(ServiceProcess replica) throws Exception {
		HttpResponse<String> current = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + replica.port() + "/api/v1/rulesets/current"))
				.header("Authorization", TestClients.bearer(TestClients.BROKER_A))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
		return HttpClientSupport.JSON.readTree(current.body()).get("version").asString();
	}

	/** The SHA-256 of an API key, as {@code placement.security.clients.*.key-sha256}. */
	static String sha256(String key) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
	}

}
