package org.example.placement.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.example.placement.decision.RuleProblem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A problem names the line the DRL parser and lexer place it on, so a comment or another
 * rule that mentions the same text cannot move it: the rule's own line, the annotation's,
 * the consequence statement's, and a table's row.
 */
@Tag("rules")
class RuleLinesTests {

	private static final String HEADER = """
			package placement.england.eligibility;

			import org.example.placement.decision.Candidate;
			import org.example.placement.engine.RuleHit;

			""";

	private static final String HIT = "insertLogical( RuleHit.of( drools.getRule(), $candidate ) );";

	@Test
	void putsAConsequenceProblemOnItsStatementBehindAComment(@TempDir Path rules) throws IOException {
		write(rules, "england/eligibility/exit.drl", HEADER + """
				// "ENG-TEST-1" replaces a rule that did System.exit(1);
				rule "ENG-TEST-1"
				    @title("A test rule")
				    @citation("Children Act 1989 s22C(5)")
				    @effect("NOTE")
				    @inForceFrom("2011-04-01")
				when
				    $candidate : Candidate( )
				then

				    // System.exit(1);
				    System.exit(1);
				end
				""");

		assertThat(problems(rules)).filteredOn((p) -> p.message().contains("System is not allowed"))
			.extracting(RuleProblem::line)
			.containsOnly(17);
	}

	@Test
	void putsAMetadataProblemOnTheRuleNotOnACommentNamingIt(@TempDir Path rules) throws IOException {
		write(rules, "england/eligibility/weightless.drl", HEADER + """
				// "ENG-TEST-1" is weighed against the others
				rule "ENG-TEST-1"
				    @title("A test rule")
				    @citation("Children Act 1989 s22C(5)")
				    @effect("PREFER")
				    @inForceFrom("2011-04-01")
				when
				    $candidate : Candidate( )
				then
				    %s
				end
				""".formatted(HIT));

		assertThat(problems(rules)).anySatisfy((p) -> {
			assertThat(p.line()).isEqualTo(7);
			assertThat(p.message()).contains("@weight");
		});
	}

	@Test
	void putsAnAnnotationProblemOnTheAnnotationsOwnLine(@TempDir Path rules) throws IOException {
		write(rules, "england/eligibility/metadata.drl", HEADER + """
				rule "ENG-TEST-1"
				    @citation("Children Act 1989 s22C(5)") @inForceFrom("2011-04-01")
				    @effect("NOTE") @title( System.getProperty("user.home") )
				when
				    $candidate : Candidate( )
				then
				    %s
				end
				""".formatted(HIT));

		assertThat(problems(rules)).anySatisfy((p) -> {
			assertThat(p.line()).isEqualTo(8);
			assertThat(p.message()).contains("@title must be quoted text or a number");
		});
	}

	@Test
	void putsATableProblemOnTheRowOfItsRule(@TempDir Path rules) throws IOException {
		write(rules, "local/default/rows.drl.csv",
				"""
						"RuleSet","placement.local._default"
						"Import","org.example.placement.decision.Candidate, org.example.placement.engine.RuleHit"

						"RuleTable Rows"
						"NAME","CONDITION","METADATA","METADATA","METADATA","METADATA","ACTION"
						"","","","","","",""
						"","$candidate : Candidate( ref == ""$param"" )","title(""$param"")","citation(""$param"")","effect(""$param"")","inForceFrom(""$param"")","insertLogical( RuleHit.of( drools.getRule(), $candidate ) );"
						"Rule id","Ref","Title","Citation","Effect","In force from","Act"
						"LOCAL-DEFAULT-900","P-1","Fine","Local policy: test","NOTE","2011-04-01","X"
						"LOCAL-DEFAULT-901","P-2","Mis-cited","Children Act 1989 s22C(5)","EXCLUDE","2011-04-01","X"
						""");

		assertThat(problems(rules)).singleElement().satisfies((p) -> {
			assertThat(p.file()).isEqualTo("local/default/rows.drl.csv");
			assertThat(p.line()).isEqualTo(10);
			assertThat(p.message()).contains("must cite local policy");
		});
	}

	@Test
	void refusesARuleFileOutsideTheLayerFolders(@TempDir Path rules) throws IOException {
		write(rules, "misc/stray.drl", RuleText.rule("ENG-TEST-1", "NOTE", "@inForceFrom(\"2011-04-01\")")
			.replace("placement.england.eligibility", "placement.misc"));

		assertThat(problems(rules)).anySatisfy((p) -> {
			assertThat(p.file()).isEqualTo("misc/stray.drl");
			assertThat(p.line()).isEqualTo(6);
			assertThat(p.message()).contains("england/, wales/ or local/<authority>/");
		});
	}

	private static void write(Path rules, String file, String text) throws IOException {
		DroolsRuleEngineTests.write(rules, file, text);
	}

	private static List<RuleProblem> problems(Path rules) {
		List<RuleProblem> problems = new ArrayList<>();
		assertThatThrownBy(() -> new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC()))
			.isInstanceOfSatisfying(RulesetRejectedException.class, (ex) -> problems.addAll(ex.problems()));
		return problems;
	}

}
