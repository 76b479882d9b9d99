package org.example.placement.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.RulesetSources;
import org.example.placement.scenario.Scenario;
import org.example.placement.scenario.ScenarioFiles;
import org.example.placement.support.RuleDirectories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands as policy staff run them, in-process, reading what they print. */
class CliTests {

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
		assertThat(Files.readString(report)).contains("<testsuite", "<testcase", "durham-unrelated-carers-nearest-first.yaml");
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
			id = services.decider().decideAndRecord(request, "cli-test").decisionId();
		}
		Path proposed = RuleDirectories.copyInto(out.resolve("proposed"));
		RuleDirectories.stopPreferringNearHome(proposed);

		Run verify = run("ledger", "verify");
		Run replay = run("replay", id);
		Run export = run("export", id, "--dir", out.toString());
		Run impact = run("impact", "--proposed", proposed.toString(), "--out", out.resolve("impact").toString());

		assertThat(verify.exit()).as(verify.out()).isZero();
		assertThat(verify.out()).contains("Chain intact");
		assertThat(replay.exit()).as(replay.out()).isZero();
		assertThat(replay.out()).contains("identical: true");
		assertThat(export.exit()).as(export.out()).isZero();
		Path exported;
		try (var files = Files.list(out)) {
			exported = files.filter(f -> f.toString().endsWith(id + ".yaml")).findFirst().orElseThrow();
		}
		Scenario scenario = ScenarioFiles.read(exported);
		assertThat(scenario.source().decisionId()).isEqualTo(id);
		assertThat(scenario.expect().ranking()).containsExactly("P-DURHAM", "P-CONSETT");
		assertThat(impact.exit()).as(impact.out()).isZero();
		assertThat(Files.readString(out.resolve("impact/impact.md"))).contains("top choice changed", "LOCAL-DEFAULT-010");
	}

	@Test
	void ledgerReplayCarriesOnPastDecisionsItCannotReplayAndCountsThemApart() {
		// a log of its own: other tests share the default in-memory one and replay everything in it
		String shared = System.setProperty("spring.datasource.url", "jdbc:h2:mem:cli-unreplayable;DB_CLOSE_DELAY=-1");
		try {
			try (Services services = Services.start(Path.of("rules"))) {
				DecisionRequest request = ScenarioFiles
					.read(Path.of("test-scenarios/journeys/durham-unrelated-carers-nearest-first.yaml"))
					.given();
				services.decider().decideAndRecord(request, "cli-test");
				// stored before input was made strict: its recorded response can no longer be read back as a number
				services.decider().decideAndRecord(withAFirstCandidateAt(request, "1e309"), "cli-test");
				recordUnderAnArchivedRulesetThatDoesNotBuild(services, request);
				services.decider().decideAndRecord(request, "cli-test");
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
		candidates.set(0, first.locatedAt(new BigDecimal(miles), first.localAuthority(), first.location(), first.atDistance()));
		return request.withCandidates(candidates);
	}

	private static void recordUnderAnArchivedRulesetThatDoesNotBuild(Services services, DecisionRequest request) {
		Decision made = services.decider().decide(request);
		services.bean(DecisionLog.class)
			.record(request, new Decision("unbuildable-1", UNBUILDABLE, made.asOf(), made.responsibleAuthority(),
					made.candidates(), made.comparisons(), made.trace()), "cli-test",
					new RulesetSources(UNBUILDABLE, Map.of("england/broken.drl", "rule \"ENG-X\" when then then ( end")));
	}

	private static Run run(String... args) {
		PrintStream original = System.out;
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
		try {
			int exit = Cli.run(args);
			return new Run(exit, buffer.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(original);
		}
	}

	record Run(int exit, String out) {
	}

}
