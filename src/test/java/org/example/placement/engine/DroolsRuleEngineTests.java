package org.example.placement.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.Evaluation;
import org.example.placement.decision.Match;
import org.example.placement.support.Candidates;
import org.example.placement.support.Children;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine over the real rules and over small rule sets written for one behaviour. */
class DroolsRuleEngineTests {

	static final DroolsRuleEngine engine = new DroolsRuleEngine(Path.of("rules"), BuildMode.MVEL, Clock.systemUTC());

	static final List<Candidate> CANDIDATES = List.of(Candidates.aParent("P-PARENT"),
			Candidates.aConnectedPersonCarer("P-CONNECTED"),
			Candidates.anApprovedFosterCarerCalled("P-UNSUITABLE").meetsAssessedNeeds(false).build());

	@Test
	void recordsFindingsForEachCandidateFromRuleMetadata() {
		Evaluation evaluation = engine.evaluate(Children.inDurhamOn(Children.AS_OF), Children.aThirteenYearOldInCare(),
				CANDIDATES);

		assertThat(evaluation.matches()).extracting(m -> m.rule().id() + "@" + m.candidateRef())
			.contains("ENG-S22C-2@P-PARENT", "ENG-S22C-7A@P-CONNECTED", "ENG-S22C-5-1@P-UNSUITABLE");
		assertThat(evaluation.matches()).filteredOn(m -> m.rule().id().equals("ENG-S22C-7A"))
			.extracting(m -> m.rule().citation())
			.containsOnly("Children Act 1989 s22C(7)(a); Children Act 1989 s22C(6)(a)");
		assertThat(evaluation.rulesetVersion()).startsWith("sha256:").hasSize(71);
	}

	@Test
	void tracesDerivedClassificationsButDoesNotReportThemAsFindings() {
		Evaluation evaluation = engine.evaluate(Children.inDurhamOn(Children.AS_OF), Children.aThirteenYearOldInCare(),
				CANDIDATES);

		assertThat(evaluation.firings()).extracting(m -> m.rule().id()).contains("ENG-S22C-6A", "ENG-S22C-3");
		assertThat(evaluation.matches()).extracting(m -> m.rule().id()).doesNotContain("ENG-S22C-6A", "ENG-S22C-3");
	}

	@Test
	void neverModifiesTheFactsItIsGiven() {
		List<Candidate> before = List.copyOf(CANDIDATES);

		engine.evaluate(Children.inDurhamOn(Children.AS_OF), Children.aThirteenYearOldInCare(), CANDIDATES);

		assertThat(CANDIDATES).containsExactlyElementsOf(before);
	}

	@Test
	void executableModelBuildGivesTheSameFindingsAsTheClassicBuild() {
		DroolsRuleEngine executable = new DroolsRuleEngine(Path.of("rules"), BuildMode.EXECUTABLE_MODEL,
				Clock.systemUTC());

		Evaluation classic = engine.evaluate(Children.inDurhamOn(Children.AS_OF), Children.aThirteenYearOldInCare(),
				CANDIDATES);
		Evaluation model = executable.evaluate(Children.inDurhamOn(Children.AS_OF), Children.aThirteenYearOldInCare(),
				CANDIDATES);

		assertThat(model.matches()).isEqualTo(classic.matches());
		assertThat(model.rulesetVersion()).isEqualTo(classic.rulesetVersion());
	}

	@Test
	void letsOnlyRulesInForceOnTheAsOfDateFire(@TempDir Path rules) throws IOException {
		write(rules, "england/eligibility/dated.drl", RuleText.rule("ENG-TEST-1", "EXCLUDE",
				"@inForceFrom(\"2021-09-09\")\n    @inForceUntil(\"2023-10-28\")"));
		DroolsRuleEngine dated = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC());

		assertThat(firedOn(dated, LocalDate.of(2021, 9, 8))).isEmpty();
		assertThat(firedOn(dated, LocalDate.of(2021, 9, 9))).containsExactly("ENG-TEST-1");
		assertThat(firedOn(dated, LocalDate.of(2023, 10, 27))).containsExactly("ENG-TEST-1");
		assertThat(firedOn(dated, LocalDate.of(2023, 10, 28))).isEmpty();
	}

	@Test
	void replacesADefaultPolicyFileWithTheAuthoritysFileOfTheSameName(@TempDir Path rules) throws IOException {
		write(rules, "local/default/policy.drl",
				RuleText.rule("LOCAL-DEFAULT-900", "NOTE", "@inForceFrom(\"2011-04-01\")"));
		write(rules, "local/default/other.drl",
				RuleText.rule("LOCAL-DEFAULT-901", "NOTE", "@inForceFrom(\"2011-04-01\")"));
		write(rules, "local/E06000047/policy.drl",
				RuleText.rule("LOCAL-E06000047-900", "NOTE", "@inForceFrom(\"2011-04-01\")"));
		DroolsRuleEngine layered = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC());

		assertThat(firedOn(layered, Children.AS_OF)).containsExactlyInAnyOrder("LOCAL-E06000047-900",
				"LOCAL-DEFAULT-901");
		assertThat(layered
			.evaluate(new org.example.placement.decision.Situation(Children.AS_OF, "E08000037", false, 13, true, null),
					Children.aThirteenYearOldInCare(), List.of(Candidates.anApprovedFosterCarer("P-1")))
			.firings()).extracting(m -> m.rule().id())
			.containsExactlyInAnyOrder("LOCAL-DEFAULT-900", "LOCAL-DEFAULT-901");
	}

	private static List<String> firedOn(DroolsRuleEngine engine, LocalDate asOf) {
		return engine
			.evaluate(Children.inDurhamOn(asOf), Children.aThirteenYearOldInCare(),
					List.of(Candidates.anApprovedFosterCarer("P-1")))
			.firings()
			.stream()
			.map(Match::rule)
			.map(r -> r.id())
			.toList();
	}

	static void write(Path root, String file, String text) throws IOException {
		Path path = root.resolve(file);
		Files.createDirectories(path.getParent());
		Files.writeString(path, text);
	}

}
