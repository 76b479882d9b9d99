package org.example.placement.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.example.placement.decision.RecordingDecider;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.scenario.Scenario;
import org.example.placement.scenario.ScenarioFiles;
import org.example.placement.support.Candidates;
import org.example.placement.support.Children;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code export} keeps personal data out of the source tree (issue 11): by default it
 * writes under {@code data/exports/}, puts the decision id in place of the child's ref
 * and says the file holds personal data; {@code --anonymise} writes a request with none
 * of the child's identifying values whose decision is identical, or refuses and says why;
 * each export is in the access log.
 */
class ExportTests {

	static final String JOURNEY = "test-scenarios/journeys/durham-unrelated-carers-nearest-first.yaml";

	/**
	 * The in-memory decision log every command in this test JVM shares
	 * (src/test/resources/config).
	 */
	static final String LEDGER = "jdbc:h2:mem:placement";

	static String decided;

	/**
	 * A child at an isolated farm: no other postcode within 1.5 miles, and one candidate
	 * there too.
	 */
	static String isolated;

	@BeforeAll
	static void recordDecisions() {
		try (Services services = Services.start(Path.of("rules"))) {
			DecisionRequest request = ScenarioFiles.read(Path.of(JOURNEY)).given();
			decided = services.bean(RecordingDecider.class)
				.decideAndRecord(request, "export-test")
				.decision()
				.decisionId();
			DecisionRequest farm = ScenarioFiles.read(Path.of(JOURNEY))
				.given()
				.withCandidates(List.of(request.candidates().get(1),
						Candidates.aCandidate()
							.called("P-FARM")
							.fosterCarer()
							.agency()
							.at("DL12 9RL")
							.meetingAssessedNeeds()
							.build()));
			isolated = services.bean(RecordingDecider.class)
				.decideAndRecord(new DecisionRequest(farm.asOf(), farm.responsibleAuthority(), false,
						Children.aChild()
							.called("CH-FARM-7")
							.bornOn(farm.child().dateOfBirth())
							.livingAt("DL12 9RL")
							.build(),
						farm.candidates()), "export-test")
				.decision()
				.decisionId();
		}
	}

	@Test
	void writesOutsideTheSourceTreeByDefault() {
		ExportCommand command = new ExportCommand();
		new CommandLine(command).parseArgs("some-id");

		assertThat(command.dir).isEqualTo(Path.of("data/exports"));
		assertThat(command.dir.startsWith("test-scenarios")).isFalse();
	}

	@Test
	void anExportReplacesTheChildsRefWithTheDecisionIdSaysItHoldsPersonalDataAndIsInTheAccessLog(@TempDir Path out)
			throws Exception {
		CliTests.Run export = run("export", decided, "--dir", out.toString(), "--reader", "auditor-export");

		assertThat(export.exit()).as(export.out()).isZero();
		assertThat(export.out()).contains("PERSONAL DATA").doesNotContain("CH-0001", "DH1 3AA", "2013-05-01");
		Scenario scenario = ScenarioFiles.read(only(out));
		assertThat(scenario.given().child().ref()).isEqualTo(decided);
		assertThat(Files.readString(only(out))).doesNotContain("CH-0001");
		assertThat(accessesOf(decided)).contains("auditor-export EXPORT");
	}

	@Test
	void anAnonymisedExportHoldsNoneOfTheChildsValuesAndGivesTheSameDecision(@TempDir Path out) throws Exception {
		CliTests.Run export = run("export", decided, "--anonymise", "--dir", out.toString(), "--reader",
				"auditor-anon");

		assertThat(export.exit()).as(export.out()).isZero();
		assertThat(export.out()).contains("decision identical").doesNotContain("PERSONAL DATA");
		String text = Files.readString(only(out));
		assertThat(text).doesNotContain("CH-0001", "DH1 3AA", "2013-05-01");
		Scenario scenario = ScenarioFiles.read(only(out));
		assertThat(scenario.given().child().ref()).isEqualTo("CHILD-1");
		// the same age on asOf, so the same rules see the same child
		assertThat(scenario.given().child().ageOn(scenario.given().asOf())).isEqualTo(13);
		assertThat(scenario.given().asOf()).isEqualTo(ScenarioFiles.read(Path.of(JOURNEY)).given().asOf());
		assertThat(scenario.expect().ranking()).containsExactly("P-DURHAM", "P-CONSETT");
		assertThat(scenario.expect().candidates().get("P-DURHAM").distanceMiles()).isEqualByComparingTo("1.4");
		assertThat(accessesOf(decided)).contains("auditor-anon EXPORT_ANONYMISED");
		// and it passes as a scenario under the rules that serve now
		CliTests.Run asScenario = run("scenarios", out.toString(), "--rules", "rules", "--junit",
				out.resolve("report/TEST-scenarios.xml").toString());
		assertThat(asScenario.exit()).as(asScenario.out()).isZero();
	}

	@Test
	void anAnonymisedExportIsRefusedWithAReasonWhenNoOtherHomePostcodeKeepsTheDistances(@TempDir Path out) {
		CliTests.Run export = run("export", isolated, "--anonymise", "--dir", out.toString());

		assertThat(export.exit()).as(export.out()).isEqualTo(1);
		assertThat(export.out())
			.contains("Not anonymised, nothing written",
					"no other postcode in the child's home authority is at the same distance")
			.doesNotContain("DL12 9RL", "CH-FARM-7");
		assertThat(out).isEmptyDirectory();
	}

	private static Path only(Path dir) throws Exception {
		try (var files = Files.list(dir)) {
			return files.filter(f -> f.toString().endsWith(".yaml")).findFirst().orElseThrow();
		}
	}

	/**
	 * "reader kind" of each recorded read of the decision, read straight from the shared
	 * in-memory log.
	 */
	private static List<String> accessesOf(String decisionId) throws Exception {
		List<String> reads = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(LEDGER, "sa", "");
				PreparedStatement query = connection
					.prepareStatement("SELECT reader, kind FROM access_record WHERE decision_id = ? ORDER BY id")) {
			query.setString(1, decisionId);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					reads.add(rs.getString(1) + " " + rs.getString(2));
				}
			}
		}
		return reads;
	}

	private static CliTests.Run run(String... args) {
		return CliTests.run(args);
	}

}
