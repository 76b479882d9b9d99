package org.example.placement.engine;

import org.example.placement.decision.RuleProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.example.placement.decision.RuleDefinition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped rules compile with well-formed metadata, and a ruleset that breaks a
 * convention is rejected as a whole, naming the file and line.
 */
@Tag("rules")
class RuleCatalogueTests {

	static final String CITATION = "^((Children Act 1989|Care Standards Act 2000|Children and Families Act 2014|Adoption and Children Act 2002"
			+ "|Social Services and Well-being \\(Wales\\) Act 2014|Regulation and Inspection of Social Care \\(Wales\\) Act 2016"
			+ "|Health and Social Care \\(Wales\\) Act 2025) s\\d+[A-Z]*(\\(\\w+\\))*"
			+ "|.+ Regulations \\d{4} reg \\d+[A-Z]*(\\(\\w+\\))*|Local policy: .+|.+ para \\d+[A-Z]*(\\(\\w+\\))*|DfE SSDA903 validation rule \\d+\\w*)$";

	@Test
	void shippedRulesCompileWithCompleteMetadata() {
		List<RuleDefinition> rules = new DroolsRuleEngine(Path.of("rules"), BuildMode.MVEL, Clock.systemUTC()).current()
			.rules();

		assertThat(rules).isNotEmpty().allSatisfy(rule -> {
			assertThat(rule.title()).isNotBlank();
			assertThat(rule.citation().split("; ")).allMatch(c -> c.matches(CITATION), "citation format");
			assertThat(rule.weight() != null).isEqualTo(rule.effect().weighted());
		});
		assertThat(rules).filteredOn(r -> r.layer().equals("england")).allMatch(r -> r.id().startsWith("ENG-"));
		assertThat(rules).filteredOn(r -> r.layer().equals("wales"))
			.isNotEmpty()
			.allMatch(r -> r.id().startsWith("WAL-"));
		assertThat(rules).filteredOn(RuleDefinition::local).allMatch(r -> r.id().startsWith("LOCAL-"));
	}

	@Test
	void writesTheDrlOfEveryDecisionTableForReviewers() throws IOException {
		List<RuleProblem> problems = new ArrayList<>();
		Map<String, String> drl = RulesetCompiler.toDrl(RuleFiles.read(Path.of("rules")), problems);
		Path out = Path.of("target", "generated-rules");
		for (Map.Entry<String, String> e : drl.entrySet()) {
			if (e.getKey().endsWith(RuleFiles.TABLE)) {
				Path file = out.resolve(e.getKey() + RuleFiles.DRL);
				Files.createDirectories(file.getParent());
				Files.writeString(file, e.getValue());
			}
		}

		assertThat(problems).isEmpty();
		// a CONDITION snippet without $param gets '== cell' appended: a silent wrong join
		assertThat(drl.values()).noneMatch(text -> text.contains("== \"X\""));
	}

	@Test
	void versionIsTheSameForTheSameFilesAndChangesWithAnyOfThem(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		String first = RuleFiles.read(rules).version();

		DroolsRuleEngineTests.write(rules, "README.md", "documentation does not change decisions");
		String withReadme = RuleFiles.read(rules).version();
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl",
				RuleText.rule("ENG-TEST-1", "NOTE", DATE) + "\n");
		String changed = RuleFiles.read(rules).version();

		assertThat(withReadme).isEqualTo(first);
		assertThat(changed).isNotEqualTo(first);
	}

	@Test
	void rejectsASyntaxErrorNamingFileAndLine(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/broken.drl",
				RuleText.rule("ENG-TEST-1", "NOTE", DATE).replace("then", "then then ("));

		assertThatThrownBy(() -> new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC()))
			.isInstanceOfSatisfying(RulesetRejectedException.class, ex -> assertThat(ex.problems()).anySatisfy(p -> {
				assertThat(p.file()).isEqualTo("england/eligibility/broken.drl");
				assertThat(p.line()).isPositive();
			}));
	}

	@Test
	void rejectsARuleWithoutACitation(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/uncited.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE)
			.replace("    @citation(\"Children Act 1989 s22C(5)\")\n", ""));

		assertRejected(rules, "england/eligibility/uncited.drl", 6, "@citation");
	}

	@Test
	void rejectsAPreferenceWithoutAWeight(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/weightless.drl",
				RuleText.rule("ENG-TEST-1", "PREFER", DATE));

		assertRejected(rules, "england/eligibility/weightless.drl", 6, "@weight");
	}

	@Test
	void rejectsADateThatIsNotACalendarDate(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/undated.drl",
				RuleText.rule("ENG-TEST-1", "NOTE", "@inForceFrom(\"2021-13-01\")"));

		assertRejected(rules, "england/eligibility/undated.drl", 6, "@inForceFrom");
	}

	@Test
	void rejectsAnEffectOutsideTheVocabulary(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/odd.drl", RuleText.rule("ENG-TEST-1", "BAN", DATE));

		assertRejected(rules, "england/eligibility/odd.drl", 6, "@effect");
	}

	@Test
	void rejectsSalienceBecauseRankingIsJavasJob(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/salient.drl",
				RuleText.rule("ENG-TEST-1", "NOTE", DATE + "\n    salience 10"));

		assertRejected(rules, "england/eligibility/salient.drl", 6, "salience");
	}

	@Test
	void rejectsAPackageThatDoesNotMatchItsFolder(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/tiers/misplaced.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));

		assertRejected(rules, "england/tiers/misplaced.drl", 6, "package");
	}

	@Test
	void rejectsTheSameIdInTwoFiles(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/one.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		DroolsRuleEngineTests.write(rules, "local/default/two.drl",
				RuleText.rule("LOCAL-DEFAULT-1", "NOTE", DATE).replace("LOCAL-DEFAULT-1", "ENG-TEST-1"));

		assertThatThrownBy(() -> new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC()))
			.isInstanceOf(RulesetRejectedException.class)
			.hasMessageContaining("ENG-TEST-1");
	}

	@Test
	void rejectsAMalformedDecisionTableNamingItsFile(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "local/default/broken.drl.csv",
				"\"RuleSet\",\"placement.local._default\"\n\"RuleTable Broken\"\n\"NAME\",\"CONDITION\"\n");

		assertThatThrownBy(() -> new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC())).isInstanceOfSatisfying(
				RulesetRejectedException.class,
				ex -> assertThat(ex.problems()).extracting(RuleProblem::file).contains("local/default/broken.drl.csv"));
	}

	@Test
	void rejectsALocalRuleThatSetsAStatutoryTier(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "local/default/tier.drl",
				RuleText.rule("LOCAL-DEFAULT-1", "TIER", DATE + "\n    @tier(\"PARENT\")"));

		assertRejected(rules, "local/default/tier.drl", 6, "statutory tier");
	}

	@Test
	void rejectsALocalExclusionThatDoesNotCiteLocalPolicy(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "local/default/bar.drl", RuleText.rule("LOCAL-DEFAULT-1", "EXCLUDE", DATE));

		assertRejected(rules, "local/default/bar.drl", 6, "local policy");
	}

	@Test
	void rejectsARuleThatRemovesAFact(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "local/default/lift.drl", RuleText.rule("LOCAL-DEFAULT-1", "NOTE", DATE)
			.replace("insertLogical( RuleHit.of( drools.getRule(), $candidate ) );", "delete( $candidate );"));

		assertThatThrownBy(() -> new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC()))
			.isInstanceOfSatisfying(RulesetRejectedException.class, ex -> assertThat(ex.problems())
				.anySatisfy(p -> assertThat(p.toString()).contains("local/default/lift.drl:14", "delete")));
	}

	private static final String DATE = "@inForceFrom(\"2011-04-01\")";

	private static void assertRejected(Path rules, String file, int line, String mentioning) {
		assertThatThrownBy(() -> new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC()))
			.isInstanceOfSatisfying(RulesetRejectedException.class, ex -> assertThat(ex.problems()).anySatisfy(p -> {
				assertThat(p.file()).isEqualTo(file);
				assertThat(p.line()).isEqualTo(line);
				assertThat(p.message()).contains(mentioning);
			}));
	}

}
