package org.example.placement.journey;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.example.placement.decision.RecordingDecider;
import org.example.placement.ledger.DecisionLedger;
import org.example.placement.engine.ServingRuleset;
import org.example.placement.decision.Candidate;
import org.example.placement.ledger.ChainReport;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.ledger.LogQuery;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.RulesetSources;
import org.example.placement.decision.Whereabouts;
import org.example.placement.ledger.DecisionReplayer;
import org.example.placement.scenario.ScenarioFiles;
import org.example.placement.support.RuleDirectories;
import org.example.placement.support.TestClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance journey over real HTTP: 1,000 decisions, a rule change in the
 * middle, every decision replays identical under its own ruleset, the chain verifies, and
 * tampering with a record (altering or deleting) is detected and named. One ordered
 * journey on its own database.
 */
@TestPropertySource(locations = TestClients.PROPERTIES)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:ledger-journey;DB_CLOSE_DELAY=-1",
				"placement.rules.watch-interval=0" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DecisionLedgerJourneyTests {

	static final Path RULES = copyOfRules();

	static final List<String> JOURNEYS = List.of("durham-child-parent-then-connected-person-then-unrelated.yaml",
			"durham-unrelated-carers-nearest-first.yaml",
			"durham-child-independent-foster-carer-in-middlesbrough-needs-dcs-approval.yaml",
			"durham-child-lincoln-childrens-home-needs-dcs-approval-and-area-authority-notice.yaml");

	@DynamicPropertySource
	static void rules(DynamicPropertyRegistry registry) {
		registry.add("placement.rules.location", RULES::toString);
	}

	@LocalServerPort
	int port;

	@Autowired
	DecisionLedger log;

	@Autowired
	DecisionLog recorder;

	@Autowired
	DecisionReplayer replayer;

	@Autowired
	ServingRuleset engine;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlacementDecider decider;

	@Autowired
	RecordingDecider recordingDecider;

	static final String LOST_VERSION = "sha256:" + "9".repeat(64);

	@Test
	@Order(1)
	void recordsAThousandDecisionsAcrossARuleChangeAndReplaysEachIdentically() throws Exception {
		HttpClientSupport http = new HttpClientSupport(port);
		List<String> versions = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			if (i == 500) {
				versions.add(engine.current().version());
				changeAWeight();
				engine.reload();
				assertThat(log.ruleset(engine.current().version())).as("archived before its first decision")
					.isPresent();
			}
			HttpResponse<String> response = http.post("/api/v1/placement-decisions",
					HttpClientSupport.request(JOURNEYS.get(i % JOURNEYS.size()), i));
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		}
		versions.add(engine.current().version());

		List<String> replayedVersions = new ArrayList<>();
		long[] identical = new long[1];
		log.forEach(LogQuery.all(), logged -> {
			replayedVersions.add(logged.rulesetVersion());
			if (replayer.replay(logged).identical()) {
				identical[0]++;
			}
		});

		assertThat(versions).doesNotHaveDuplicates().hasSize(2);
		assertThat(replayedVersions).hasSize(1000).containsOnlyElementsOf(versions);
		assertThat(identical[0]).isEqualTo(1000);
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	@Order(2)
	void servesAStoredDecisionExactlyAsSent() throws Exception {
		HttpClientSupport http = new HttpClientSupport(port);
		HttpResponse<String> made = http.post("/api/v1/placement-decisions",
				HttpClientSupport.request(JOURNEYS.get(0), 5000));
		String id = HttpClientSupport.JSON.readTree(made.body()).get("decisionId").asString();

		HttpResponse<String> stored = http.get("/api/v1/placement-decisions/" + id);
		HttpResponse<String> replay = http.post("/api/v1/placement-decisions/" + id + "/replay", "");
		HttpResponse<String> page = http.get("/api/v1/placement-decisions?authority=E06000047&page=0&size=5");
		HttpResponse<String> elsewhere = http.get("/api/v1/placement-decisions?authority=E08000037");

		assertThat(stored.statusCode()).isEqualTo(200);
		assertThat(HttpClientSupport.JSON.readTree(stored.body()))
			.isEqualTo(HttpClientSupport.JSON.readTree(made.body()));
		assertThat(HttpClientSupport.JSON.readTree(replay.body()).get("identical").asBoolean()).isTrue();
		assertThat(HttpClientSupport.JSON.readTree(page.body()).size()).isEqualTo(5);
		assertThat(HttpClientSupport.JSON.readTree(page.body()).get(0).get("decisionId").asString()).isEqualTo(id);
		assertThat(page.body()).doesNotContain("CH-", "homePostcode");
		assertThat(HttpClientSupport.JSON.readTree(elsewhere.body()).size()).isZero();
	}

	@Test
	@Order(3)
	void detectsAnAlteredResponseNamingTheRecord() {
		String id = jdbc.queryForObject("select decision_id from decision_record where sequence = 250", String.class);
		// the record's stored texts (request, response, fired rules; deflated) swapped
		// for
		// another decision's
		jdbc.update("update decision_record set payload = (select payload from decision_record where sequence = 251)"
				+ " where sequence = 250");

		ChainReport report = log.verify();

		assertThat(report.intact()).isFalse();
		assertThat(report.firstBadSequence()).isEqualTo(250L);
		assertThat(report.firstBadDecisionId()).isEqualTo(id);
	}

	@Test
	@Order(4)
	void detectsADeletedRecord() {
		jdbc.update("delete from decision_record where sequence = 250");

		ChainReport report = log.verify();

		assertThat(report.intact()).isFalse();
		assertThat(report.firstBadSequence()).isEqualTo(251L);
	}

	@Test
	@Order(5)
	void reportsDecisionsThatCannotBeReplayedAsSuchRatherThanFailing() throws Exception {
		HttpClientSupport http = new HttpClientSupport(port);
		String beforeStrictInput = recordingDecider.decideAndRecord(withAFirstCandidateAt("1e309"), "journey-test")
			.decision()
			.decisionId();
		String rulesLost = recordUnderRulesSinceLostFromTheArchive();

		HttpResponse<String> undecidable = http.post("/api/v1/placement-decisions/" + beforeStrictInput + "/replay",
				"");
		HttpResponse<String> lost = http.post("/api/v1/placement-decisions/" + rulesLost + "/replay", "");

		assertThat(undecidable.statusCode()).as(undecidable.body()).isEqualTo(200);
		JsonNode first = HttpClientSupport.JSON.readTree(undecidable.body());
		assertThat(first.get("decisionId").asString()).isEqualTo(beforeStrictInput);
		assertThat(first.get("replayable").asBoolean()).isFalse();
		assertThat(first.get("identical").asBoolean()).isFalse();
		assertThat(first.get("reason").asString()).isNotBlank();
		// the reason is about the replay, never the child's data
		assertThat(undecidable.body()).doesNotContain("1E+309", "1e309", "CH-0001", "DH1 3AA", "DH8 5");
		// a request stored before input was made strict no longer reads, and says where
		assertThat(first.get("reason").asString()).contains("candidates[0].distanceMiles");
		// yet the decision is still shown and listed as it was stored
		assertThat(http.get("/api/v1/placement-decisions/" + beforeStrictInput).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/v1/placement-decisions?size=1000").body()).contains(beforeStrictInput);
		assertThat(lost.statusCode()).as(lost.body()).isEqualTo(200);
		JsonNode second = HttpClientSupport.JSON.readTree(lost.body());
		assertThat(second.get("replayable").asBoolean()).isFalse();
		assertThat(second.get("reason").asString()).contains(LOST_VERSION, "not in the archive");
	}

	private DecisionRequest withAFirstCandidateAt(String miles) {
		DecisionRequest request = ScenarioFiles.read(Path.of("test-scenarios/journeys", JOURNEYS.get(1))).given();
		List<Candidate> candidates = new ArrayList<>(request.candidates());
		Candidate first = candidates.get(0);
		candidates.set(0, first.locatedAt(
				new Whereabouts(new BigDecimal(miles), first.localAuthority(), first.location(), first.atDistance())));
		return request.withCandidates(candidates);
	}

	/**
	 * A decision whose ruleset is no longer in the archive, as if its rows had been lost.
	 */
	private String recordUnderRulesSinceLostFromTheArchive() {
		DecisionRequest request = ScenarioFiles.read(Path.of("test-scenarios/journeys", JOURNEYS.get(1))).given();
		Decision made = decider.decide(request);
		Decision underLostRules = new Decision("rules-lost-1", LOST_VERSION, made.asOf(), made.responsibleAuthority(),
				made.candidates(), made.comparisons(), made.trace());
		log.archive(new RulesetSources(LOST_VERSION, Map.of("england/lost.drl", "package placement.england;")));
		recorder.record(request, underLostRules, "journey-test");
		jdbc.update("delete from ruleset_version_file where version = ?", LOST_VERSION);
		return underLostRules.decisionId();
	}

	private static void changeAWeight() {
		RuleDirectories.setNearHomeWeight(RULES, 25);
	}

	private static Path copyOfRules() {
		try {
			return RuleDirectories.copyInto(Files.createTempDirectory("journey-rules"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@AfterAll
	static void removeRules() throws IOException {
		try (Stream<Path> walk = Files.walk(RULES)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

}
