package org.example.placement.cli;

import javax.sql.DataSource;
import org.example.placement.decision.Outcome;
import org.example.placement.decision.ReasonCode;
import org.example.placement.ledger.OutcomeLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.example.placement.decision.RecordingDecider;
import org.example.placement.ledger.DecisionLedger;
import org.example.placement.PlacementApplication;
import org.example.placement.decision.Candidate;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.RulesetSources;
import org.example.placement.decision.Whereabouts;
import org.example.placement.scenario.Scenario;
import org.example.placement.scenario.ScenarioFiles;
import org.example.placement.support.RuleDirectories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands as policy staff run them, in-process, reading what they print. */
class CliTests {

	@Test
	void versionPrintsTheBuildVersionAndExitsZero() {
		for (String option : List.of("-V", "--version")) {
			Run run = run(option);

			assertThat(run.exit()).as(option).isZero();
			assertThat(run.out()).as(option).startsWith("placement-decision-service ").contains("Java ");
			assertThat(run.err()).as(option).isEmpty();
		}
		assertThat(run("validate", "--version").out()).startsWith("placement-decision-service ");
	}

	/**
	 * The real entry point, in a JVM of its own: -V and --version exit 0 with the
	 * version, and no server starts.
	 */
	@Test
	void versionNeverStartsTheService(@TempDir Path dir) throws Exception {
		for (String option : List.of("-V", "--version")) {
			Path output = dir.resolve("out" + option + ".txt");
			Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-cp", System.getProperty("java.class.path"), PlacementApplication.class.getName(),
					"--server.port=0", option)
				.redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			boolean exited = process.waitFor(60, TimeUnit.SECONDS);
			if (!exited) {
				process.destroyForcibly();
			}
			String printed = Files.readString(output, StandardCharsets.UTF_8);

			assertThat(exited).as("%s exits by itself:%n%s", option, printed).isTrue();
			assertThat(process.exitValue()).as(printed).isZero();
			assertThat(printed).startsWith("placement-decision-service ").doesNotContain("Tomcat", "Started", "Spring");
		}
	}

	@Test
	void onlyNoArgumentsOrBootOptionsStartTheService() {
		assertThat(Cli.handles(new String[0])).isFalse();
		assertThat(Cli.handles(new String[] { "--server.port=9090", "--spring.profiles.active=prod" })).isFalse();
		assertThat(Cli.handles(new String[] { "--server.port=9090", "--help" })).isTrue();
		assertThat(Cli.handles(new String[] { "-h" })).isTrue();
		assertThat(Cli.handles(new String[] { "valdate" })).as("a mistyped command gets usage, not a server").isTrue();
	}

	@Test
	void helpListsEveryCommandAndTheExitCodes() {
		Run run = run("--help");

		assertThat(run.exit()).isZero();
		assertThat(run.out()).contains("Usage: placement-decision-service", "validate", "scenarios", "catalogue",
				"what-if", "replay", "export", "ledger", "impact", "Exit codes:", "70");
		assertThat(run("help", "ledger").out()).contains("Usage: placement-decision-service ledger");
	}

	@Test
	void validateHelpShowsUsageAndExitCodes() {
		Run run = run("validate", "--help");

		assertThat(run.exit()).isZero();
		assertThat(run.out()).contains("Usage: placement-decision-service validate", "--scenarios", "-V, --version",
				"Exit codes:", "0   the rules compile", "1   a rule does not compile", "2   called wrongly");
		assertThat(run.err()).isEmpty();
	}

	@Test
	void anUnknownOptionGivesUsageOnStderrAndExitTwo() {
		Run run = run("validate", "--no-such-option");

		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("Unknown option: '--no-such-option'",
				"Usage: placement-decision-service validate");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void anUnknownCommandOrLedgerActionIsAUsageError() {
		Run command = run("valdate");
		Run action = run("ledger", "check");

		assertThat(command.exit()).isEqualTo(2);
		assertThat(command.err()).contains("Unmatched argument", "Did you mean: placement-decision-service validate");
		assertThat(action.exit()).isEqualTo(2);
		assertThat(action.err()).contains("Unknown action 'check'", "Usage: placement-decision-service ledger");
	}

	@Test
	void validateFailsNamingFileAndLineOfABrokenRule(@TempDir Path rules) throws IOException {
		Path file = rules.resolve("england/tiers/broken.drl");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "package placement.england.tiers;\n\nrule \"ENG-X\"\nwhen\n    then then (\nend\n");

		Run run = run("validate", rules.toString());

		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.out()).contains("FAIL", "england/tiers/broken.drl:");
	}

	@Test
	void validateRefusesARuleThatCallsSystemExitNamingFileAndLine(@TempDir Path rules) throws IOException {
		Path file = rules.resolve("england/tiers/exit.drl");
		Files.createDirectories(file.getParent());
		Files.writeString(file, """
				package placement.england.tiers;

				import org.example.placement.decision.Candidate;

				rule "ENG-X"
				    @title("Exits")
				    @citation("Children Act 1989 s22C(5)")
				    @effect("NOTE")
				    @inForceFrom("2011-04-01")
				when
				    Candidate( )
				then
				    System.exit(1);
				end
				""");

		Run run = run("validate", rules.toString());

		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.out()).contains("FAIL", "england/tiers/exit.drl:13", "System is not allowed");
	}

	@Test
	void validatePassesTheShippedRulesAndScenarios() {
		Run run = run("validate", "rules", "--scenarios", "test-scenarios");

		assertThat(run.out()).contains("PASS");
		assertThat(run.exit()).isZero();
	}

	@Test
	void validateFailsNamingTheScenarioAChangeBreaks(@TempDir Path out) {
		Path proposed = RuleDirectories.copyInto(out.resolve("rules"));
		RuleDirectories.stopPreferringNearHome(proposed);

		Run run = run("validate", proposed.toString(), "--scenarios", "test-scenarios");

		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.out()).contains("FAIL test-scenarios/journeys/durham-unrelated-carers-nearest-first.yaml",
				"ranking: expected [P-DURHAM, P-CONSETT] but was [P-CONSETT, P-DURHAM]");
	}

	@Test
	void scenariosWritesJUnitXml(@TempDir Path out) throws IOException {
		Path report = out.resolve("TEST-scenarios.xml");

		Run run = run("scenarios", "test-scenarios/journeys", "--rules", "rules", "--junit", report.toString());

		assertThat(run.exit()).isZero();
		assertThat(Files.readString(report)).contains("<testsuite", "<testcase",
				"durham-unrelated-carers-nearest-first.yaml");
	}

	@Test
	void scenariosRunAgainstTheRulesDirectoryGivenNotTheDefault(@TempDir Path out) {
		Path proposed = RuleDirectories.copyInto(out.resolve("rules"));
		RuleDirectories.stopPreferringNearHome(proposed);

		Run run = run("scenarios", "test-scenarios/journeys", "--rules", proposed.toString(), "--junit",
				out.resolve("TEST-scenarios.xml").toString());

		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.out()).contains("FAIL durham-unrelated-carers-nearest-first.yaml");
	}

	@Test
	void catalogueListsEveryRuleWithItsScenarios() {
		Run run = run("catalogue", "rules");

		assertThat(run.exit()).isZero();
		assertThat(run.out()).contains("| ENG-S22C-7A |", "Children Act 1989 s22C(7)(a)",
				"journeys/durham-child-parent-then-connected-person-then-unrelated.yaml");
	}

	@Test
	void whatIfShowsTheRankingUnderProposedRules(@TempDir Path proposed) throws IOException {
		// proposal: stop favouring placements within 5 miles
		RuleDirectories.stopPreferringNearHome(RuleDirectories.copyInto(proposed));

		Run run = run("what-if", "test-scenarios/journeys/durham-unrelated-carers-nearest-first.yaml", "--proposed",
				proposed.toString());

		assertThat(run.exit()).isZero();
		assertThat(run.out()).contains("current ", "proposed", "Top choice changes: P-DURHAM -> P-CONSETT.");
	}

	@Test
	void ledgerCommandsVerifyReplayExportAndMeasureImpactOnRecordedDecisions(@TempDir Path out) throws IOException {
		String id;
		try (Services services = Services.start(Path.of("rules"))) {
			DecisionRequest request = ScenarioFiles
				.read(Path.of("test-scenarios/journeys/durham-unrelated-carers-nearest-first.yaml"))
				.given();
			id = services.bean(RecordingDecider.class).decideAndRecord(request, "cli-test").decision().decisionId();
		}
		Path proposed = RuleDirectories.copyInto(out.resolve("proposed"));
		RuleDirectories.stopPreferringNearHome(proposed);

		Run verify = run("ledger", "verify");
		Run replay = run("replay", id);
		Run unknown = run("replay", "no-such-decision");
		Run export = run("export", id, "--dir", out.toString());
		Run impact = run("impact", "--proposed", proposed.toString(), "--out", out.resolve("impact").toString());

		assertThat(verify.exit()).as(verify.out()).isZero();
		assertThat(verify.out()).contains("Chain intact");
		assertThat(replay.exit()).as(replay.out()).isZero();
		assertThat(replay.out()).contains("identical: true");
		assertThat(unknown.exit()).isEqualTo(3);
		assertThat(unknown.err()).contains("No decision no-such-decision in the log");
		assertThat(export.exit()).as(export.out()).isZero();
		Path exported;
		try (var files = Files.list(out)) {
			exported = files.filter(f -> f.toString().endsWith(id + ".yaml")).findFirst().orElseThrow();
		}
		Scenario scenario = ScenarioFiles.read(exported);
		assertThat(scenario.source().decisionId()).isEqualTo(id);
		assertThat(scenario.expect().ranking()).containsExactly("P-DURHAM", "P-CONSETT");
		assertThat(impact.exit()).as(impact.out()).isZero();
		assertThat(Files.readString(out.resolve("impact/impact.md"))).contains("top choice changed",
				"LOCAL-DEFAULT-010");
	}

	@Test
	void ledgerVerifyCoversOutcomesAndNamesAnAlteredOne() {
		String shared = System.setProperty("spring.datasource.url", "jdbc:h2:mem:cli-outcomes;DB_CLOSE_DELAY=-1");
		try {
			String decisionId;
			String outcomeId;
			try (Services services = Services.start(Path.of("rules"))) {
				DecisionRequest request = ScenarioFiles
					.read(Path.of("test-scenarios/journeys/durham-unrelated-carers-nearest-first.yaml"))
					.given();
				decisionId = services.bean(RecordingDecider.class)
					.decideAndRecord(request, "cli-test")
					.decision()
					.decisionId();
				outcomeId = services.bean(OutcomeLedger.class)
					.record(decisionId,
							new Outcome("P-CONSETT", ReasonCode.EDUCATION, "Same school", "SW-1", request.asOf()),
							"cli-test")
					.outcome()
					.outcomeId();
			}
			Run intact = run("ledger", "verify");
			try (Services services = Services.start(Path.of("rules"))) {
				JdbcClient.create(services.bean(DataSource.class))
					.sql("UPDATE decision_outcome SET reason = 'Another school'")
					.update();
			}

			Run broken = run("ledger", "verify");

			assertThat(intact.exit()).as(intact.out()).isZero();
			assertThat(intact.out()).contains("Chain intact: 2 records verified");
			assertThat(broken.exit()).isEqualTo(1);
			assertThat(broken.out())
				.contains("record 2 (outcome " + outcomeId + " of decision " + decisionId + ") ALTERED");
		}
		finally {
			if (shared == null) {
				System.clearProperty("spring.datasource.url");
			}
			else {
				System.setProperty("spring.datasource.url", shared);
			}
		}
	}

	@Test
	void ledgerReplayCarriesOnPastDecisionsItCannotReplayAndCountsThemApart() {
		// a log of its own: other tests share the default in-memory one and replay
		// everything in it
		String shared = System.setProperty("spring.datasource.url", "jdbc:h2:mem:cli-unreplayable;DB_CLOSE_DELAY=-1");
		try {
			try (Services services = Services.start(Path.of("rules"))) {
				DecisionRequest request = ScenarioFiles
					.read(Path.of("test-scenarios/journeys/durham-unrelated-carers-nearest-first.yaml"))
					.given();
				services.bean(RecordingDecider.class).decideAndRecord(request, "cli-test");
				// stored before input was made strict: its recorded response can no
				// longer be read back as a number
				services.bean(RecordingDecider.class)
					.decideAndRecord(withAFirstCandidateAt(request, "1e309"), "cli-test");
				recordUnderAnArchivedRulesetThatDoesNotBuild(services, request);
				services.bean(RecordingDecider.class).decideAndRecord(request, "cli-test");
			}

			Run replay = run("ledger", "replay");

			assertThat(replay.exit()).as(replay.out()).isEqualTo(1);
			assertThat(replay.out()).contains("Replayed 4 decisions", "2 identical, 0 differ, 2 not replayable")
				.containsPattern("NOT REPLAYABLE \\S+: ")
				.contains("NOT REPLAYABLE unbuildable-1: ruleset " + UNBUILDABLE)
				.doesNotContain("1E+309", "CH-0001", "DH1 3AA");
		}
		finally {
			if (shared == null) {
				System.clearProperty("spring.datasource.url");
			}
			else {
				System.setProperty("spring.datasource.url", shared);
			}
		}
	}

	static final String UNBUILDABLE = "sha256:" + "8".repeat(64);

	private static DecisionRequest withAFirstCandidateAt(DecisionRequest request, String miles) {
		List<Candidate> candidates = new ArrayList<>(request.candidates());
		Candidate first = candidates.get(0);
		candidates.set(0, first.locatedAt(
				new Whereabouts(new BigDecimal(miles), first.localAuthority(), first.location(), first.atDistance())));
		return request.withCandidates(candidates);
	}

	private static void recordUnderAnArchivedRulesetThatDoesNotBuild(Services services, DecisionRequest request) {
		Decision made = services.decider().decide(request);
		services.bean(DecisionLedger.class)
			.archive(new RulesetSources(UNBUILDABLE,
					Map.of("england/broken.drl", "rule \"ENG-X\" when then then ( end")));
		services.bean(DecisionLog.class)
			.record(request, new Decision("unbuildable-1", UNBUILDABLE, made.asOf(), made.responsibleAuthority(),
					made.candidates(), made.comparisons(), made.trace()), "cli-test");
	}

	static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
		return new Run(exit, out.toString(), err.toString());
	}

	record Run(int exit, String out, String err) {
	}

}
