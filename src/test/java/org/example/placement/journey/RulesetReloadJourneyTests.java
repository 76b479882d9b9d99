package org.example.placement.journey;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.example.placement.scenario.ScenarioFiles;
import org.example.placement.support.RuleDirectories;
import org.example.placement.support.TestClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Policy staff edit a copy of the rules under a running service, as they would in
 * production: a change that compiles but breaks a scenario is refused naming the
 * scenario, a file saved in the wrong encoding is refused naming file and line, a new
 * rule no scenario covers is refused, the last good version serves throughout, and once
 * the files are put back the refusal is no longer shown. One ordered journey over real
 * HTTP, with the watcher on.
 */
@TestPropertySource(locations = TestClients.PROPERTIES)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:reload-journey;DB_CLOSE_DELAY=-1",
				"placement.rules.watch-interval=200ms" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// the watcher polls a temporary directory that is deleted after the class: close it with
// the class
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RulesetReloadJourneyTests {

	/** The reload needs the POLICY role. */
	static final String TOKEN = TestClients.POLICY_ONLY;

	static final Path RULES = copyOfRules();

	static final String TABLE = "local/default/distance-from-home.drl.csv";

	static final String ORIGINAL_TABLE = read(RULES.resolve(TABLE));

	static final String NEAR_HOME = "england/preference/near-home.drl";

	static final String ORIGINAL_NEAR_HOME = read(RULES.resolve(NEAR_HOME));

	static final String NEAREST_FIRST = "durham-unrelated-carers-nearest-first.yaml";

	@DynamicPropertySource
	static void rules(DynamicPropertyRegistry registry) {
		registry.add("placement.rules.location", RULES::toString);
		registry.add("placement.scenarios.location", () -> Path.of("test-scenarios").toAbsolutePath().toString());
	}

	@LocalServerPort
	int port;

	@Test
	@Order(1)
	void refusesAChangeThatBreaksAScenarioNamingItWhileTheOldVersionServes() throws Exception {
		HttpClientSupport http = new HttpClientSupport(port);
		String serving = current(http).get("version").asString();
		// proposal: stop favouring placements within 5 miles; the nearest-first journey
		// says otherwise
		RuleDirectories.stopPreferringNearHome(RULES);

		HttpResponse<String> reload = http.postAs("/api/v1/rulesets/reload", TOKEN);
		HttpResponse<String> decision = http.post("/api/v1/placement-decisions",
				HttpClientSupport.request(NEAREST_FIRST, 1));

		assertThat(reload.statusCode()).as(reload.body()).isEqualTo(422);
		JsonNode body = HttpClientSupport.JSON.readTree(reload.body());
		assertThat(body.get("version").asString()).isEqualTo(serving);
		assertThat(body.get("lastRejection").get("problems").findValuesAsString("file"))
			.anySatisfy(file -> assertThat(file).endsWith("test-scenarios/journeys/" + NEAREST_FIRST));
		JsonNode decided = HttpClientSupport.JSON.readTree(decision.body());
		assertThat(decided.get("rulesetVersion").asString()).isEqualTo(serving);
		assertThat(decided.get("candidates").get(0).get("ref").asString()).isEqualTo("P-DURHAM");
		assertThat(current(http).get("lastRejection").get("version").asString()).isNotEqualTo(serving);
	}

	@Test
	@Order(2)
	void showsTheRefusalNoLongerOnceTheChangeIsReverted() throws Exception {
		HttpClientSupport http = new HttpClientSupport(port);
		String serving = current(http).get("version").asString();

		Files.writeString(RULES.resolve(TABLE), ORIGINAL_TABLE);
		Files.writeString(RULES.resolve(NEAR_HOME), ORIGINAL_NEAR_HOME);
		JsonNode after = awaitCurrent(http, RulesetReloadJourneyTests::noRejection);

		assertThat(noRejection(after)).isTrue();
		assertThat(after.get("version").asString()).isEqualTo(serving);
	}

	@Test
	@Order(3)
	void refusesARuleFileThatIsNotUtf8NamingFileAndLine() throws Exception {
		HttpClientSupport http = new HttpClientSupport(port);
		String serving = current(http).get("version").asString();

		// saved by a spreadsheet as plain "CSV" (Latin-1) instead of "CSV UTF-8"
		Files.write(RULES.resolve(TABLE), ORIGINAL_TABLE.replace("miles of home", "miles of home (caf\u00e9)")
			.getBytes(StandardCharsets.ISO_8859_1));
		JsonNode after = awaitCurrent(http, c -> !noRejection(c));

		assertThat(after.get("version").asString()).isEqualTo(serving);
		JsonNode problem = after.get("lastRejection").get("problems").get(0);
		assertThat(problem.get("file").asString()).isEqualTo(TABLE);
		assertThat(problem.get("line").asInt()).isEqualTo(10);
		assertThat(problem.get("message").asString()).contains("UTF-8");
	}

	@Test
	@Order(4)
	void saysHowManyScenariosTheServingRulesetPassed() throws Exception {
		HttpClientSupport http = new HttpClientSupport(port);
		Files.writeString(RULES.resolve(TABLE), ORIGINAL_TABLE);

		JsonNode after = awaitCurrent(http, RulesetReloadJourneyTests::noRejection);

		// the decision scenarios and the sufficiency ones (in sufficiency/ folders)
		long scenarios = ScenarioFiles.find(Path.of("test-scenarios")).size()
				+ ScenarioFiles.findSufficiency(Path.of("test-scenarios")).size();
		assertThat(after.get("scenariosChecked").asLong()).isEqualTo(scenarios);
	}

	@Test
	@Order(5)
	void refusesANewRuleThatNoScenarioCovers() throws Exception {
		HttpClientSupport http = new HttpClientSupport(port);
		Files.writeString(RULES.resolve("local/default/uncovered.drl"), """
				package placement.local._default;

				import org.example.placement.decision.Candidate;
				import org.example.placement.engine.RuleHit;

				rule "LOCAL-DEFAULT-999"
				    @title("A new policy no scenario shows yet")
				    @citation("Local policy: test")
				    @effect("NOTE")
				    @inForceFrom("2011-04-01")
				when
				    $candidate : Candidate( ref == "NO-SUCH-CANDIDATE" )
				then
				    insertLogical( RuleHit.of( drools.getRule(), $candidate ) );
				end
				""");

		HttpResponse<String> reload = http.postAs("/api/v1/rulesets/reload", TOKEN);

		assertThat(reload.statusCode()).as(reload.body()).isEqualTo(422);
		JsonNode problems = HttpClientSupport.JSON.readTree(reload.body()).get("lastRejection").get("problems");
		assertThat(problems.findValuesAsString("file")).containsOnly("local/default/uncovered.drl");
		assertThat(problems.findValuesAsString("message")).containsExactly(
				"rule LOCAL-DEFAULT-999 has no scenario where it fires (expect.fired)",
				"rule LOCAL-DEFAULT-999 has no scenario where it does not fire (expect.notFired)");
	}

	private static boolean noRejection(JsonNode current) {
		return current.get("lastRejection") == null || current.get("lastRejection").isNull();
	}

	private static JsonNode current(HttpClientSupport http) throws Exception {
		HttpResponse<String> response = http.get("/api/v1/rulesets/current");
		assertThat(response.statusCode()).isEqualTo(200);
		return HttpClientSupport.JSON.readTree(response.body());
	}

	/** The current ruleset once {@code until} holds, or as it is after ten seconds. */
	private static JsonNode awaitCurrent(HttpClientSupport http, Predicate<JsonNode> until) throws Exception {
		Waiting.upTo(Duration.ofSeconds(10), Duration.ofMillis(100), () -> until.test(current(http)));
		return current(http);
	}

	private static Path copyOfRules() {
		try {
			return RuleDirectories.copyInto(Files.createTempDirectory("reload-journey-rules"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
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
