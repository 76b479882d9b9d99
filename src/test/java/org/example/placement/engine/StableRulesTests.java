package org.example.placement.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.example.placement.decision.RuleProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which rules may insert plainly: those whose matches, once fired, hold to the end of the
 * session (nothing they read non-monotonically is ever inserted, nothing they read
 * positively is ever withdrawn), and whose facts no logical insert can equal.
 */
class StableRulesTests {

	private static final String HEADER = """
			package placement.england.facts;

			import org.example.placement.decision.Candidate;
			import org.example.placement.decision.Child;
			import org.example.placement.engine.RuleHit;

			declare First
			    candidate : Candidate
			end

			declare Second
			    candidate : Candidate
			end

			""";

	@Test
	void aRuleOverTheRequestsFactsAloneIsStable() {
		assertThat(plain(hit("ENG-T-1", "PREFER", "$candidate : Candidate( vacancies > 0 )\n    Child( )")))
			.containsExactly("ENG-T-1");
	}

	@Test
	void notOverTheRequestsFactsIsStableAndOverADerivedFactIsNot() {
		assertThat(plain(derive("ENG-T-1", "First", "$candidate : Candidate( )"),
				hit("ENG-T-2", "NOTE", "$candidate : Candidate( )\n    not Child( disabled )"),
				hit("ENG-T-3", "NOTE", "$candidate : Candidate( )\n    not First( candidate == $candidate )")))
			.containsExactlyInAnyOrder("ENG-T-1", "ENG-T-2");
	}

	@Test
	void aPositivePatternOverWhatAnUnstableRuleInsertsIsUnstableToo() {
		assertThat(plain(derive("ENG-T-1", "First", "$candidate : Candidate( )\n    not RuleHit( )"),
				derive("ENG-T-2", "Second", "First( $candidate : candidate )"),
				hit("ENG-T-3", "NOTE", "Second( $candidate : candidate )"),
				hit("ENG-T-4", "NOTE", "$candidate : Candidate( )\n    exists( First( candidate == $candidate ) )")))
			.isEmpty();
	}

	@Test
	void existsOverStableFactsIsStableAndEveryOtherNonMonotoneElementIsNot() {
		String first = derive("ENG-T-1", "First", "$candidate : Candidate( )");
		assertThat(plain(first, hit("ENG-T-2", "NOTE", "$candidate : Candidate( )\n    exists( First( ) )")))
			.contains("ENG-T-2");
		for (String condition : List.of("not( First( ) )", "exists( Child( ) and not First( ) )",
				"forall( First( ) Child( ) )", "forall( Child( ) First( ) )",
				"Number( intValue > 1 ) from accumulate( First( ), count( 1 ) )",
				"java.util.List( size > 1 ) from collect( First( ) )",
				"accumulate( First( candidate == $candidate ); $n : count( 1 ); $n > 1 )")) {
			assertThat(plain(first, hit("ENG-T-2", "NOTE", "$candidate : Candidate( )\n    " + condition)))
				.as(condition)
				.containsExactly("ENG-T-1");
		}
	}

	@Test
	void aFindingPatternThatNamesAnEffectAloneReadsOnlyFindingsOfThatEffect() {
		String prefer = hit("ENG-T-1", "PREFER", "$candidate : Candidate( )");
		assertThat(plain(prefer,
				hit("ENG-T-2", "NOTE", "$candidate : Candidate( )\n    not RuleHit( effect == \"EXCLUDE\" )")))
			.containsExactlyInAnyOrder("ENG-T-1", "ENG-T-2");
		for (String finding : List.of("RuleHit( )", "RuleHit( effect != \"EXCLUDE\" )",
				"RuleHit( !(effect == \"EXCLUDE\") )", "RuleHit( effect == \"EXCLUDE\" || ruleId != null )",
				"Object( )")) {
			assertThat(plain(prefer, hit("ENG-T-2", "NOTE", "$candidate : Candidate( )\n    not " + finding)))
				.as(finding)
				.containsExactly("ENG-T-1");
		}
	}

	@Test
	void anEffectConstraintIsNotTrustedWhenTheRuleBindsANameEffect() {
		assertThat(plain(hit("ENG-T-1", "PREFER", "$candidate : Candidate( )"),
				hit("ENG-T-2", "NOTE",
						"$candidate : Candidate( effect : ref )\n    not RuleHit( effect == \"EXCLUDE\" )")))
			.containsExactly("ENG-T-1");
	}

	@Test
	void aStableRuleInsertsLogicallyAFactClassAnUnstableRuleAlsoInserts() {
		assertThat(plain(derive("ENG-T-1", "First", "$candidate : Candidate( )"),
				derive("ENG-T-2", "First", "$candidate : Candidate( )\n    not Second( )"),
				derive("ENG-T-3", "Second", "$candidate : Candidate( vacancies > 1 )"),
				hit("ENG-T-4", "NOTE", "$candidate : Candidate( )\n    not Second( )"),
				hit("ENG-T-5", "NOTE", "$candidate : Candidate( )")))
			// findings name their rule: ENG-T-5's never equal ENG-T-4's
			.containsExactlyInAnyOrder("ENG-T-3", "ENG-T-5");
	}

	@Test
	void aPatternFromAnExpressionReadsNoFactOfTheSession() {
		assertThat(plain(derive("ENG-T-1", "First", "$candidate : Candidate( )\n    not RuleHit( )"), hit("ENG-T-2",
				"NOTE",
				"$candidate : Candidate( )\n    not String( this == \"x\" ) from $candidate.siblingsPlacedHere()")))
			.containsExactly("ENG-T-2");
	}

	@Test
	void noRuleInsertsPlainlyWhenAConsequenceIsNotUnderstood() {
		String odd = """
				rule "ENG-T-2"
				when
				    $candidate : Candidate( )
				then
				    insert( new First( $candidate ) );
				end
				""";
		assertThat(plain(hit("ENG-T-1", "NOTE", "$candidate : Candidate( )"), odd)).isEmpty();
	}

	@Test
	void theShippedRulesThatReadADerivedFactNonMonotonicallyStayLogical() {
		List<RuleProblem> problems = new ArrayList<>();
		RuleFiles files = RuleFiles.read(Path.of("rules"));
		RuleDependencies dependencies = RuleDependencies
			.of(DrlFiles.read(files, RulesetCompiler.toDrl(files, problems), problems));

		Set<String> plain = StableRules.plain(dependencies);

		// not RuleHit( ..., effect == "EXCLUDE" ), not AdoptionConsidered, not
		// TemporaryApprovalRunning, not ExemptFromOutOfAreaApproval
		assertThat(plain).doesNotContain("ENG-CPR-R13-2A", "ENG-S22C-8A", "ENG-S22C-9", "ENG-CPR-R25-2",
				"ENG-CPR-R11-1A", "WAL-S81-8A");
		// the classifications and the findings over the request and stable facts
		assertThat(plain).contains("ENG-S22C-3", "ENG-S22C-6A", "ENG-CPR-R24-3", "ENG-CPR-R22-2", "LOCAL-DEFAULT-001",
				"WAL-S81-8C");
		assertThat(dependencies.rules().size() - plain.size()).isBetween(20, 40);
	}

	private static Set<String> plain(String... rules) {
		RuleFiles files = RuleFiles.of(Path.of("test"),
				Map.of("england/facts/test.drl", HEADER + String.join("\n", rules)));
		List<RuleProblem> problems = new ArrayList<>();
		DrlFiles parsed = DrlFiles.read(files, RulesetCompiler.toDrl(files, problems), problems);
		assertThat(problems).isEmpty();
		return StableRules.plain(RuleDependencies.of(parsed));
	}

	private static String hit(String id, String effect, String when) {
		return rule(id, effect, when, "RuleHit.of( drools.getRule(), $candidate )");
	}

	private static String derive(String id, String fact, String when) {
		return rule(id, "DERIVE", when, "new " + fact + "( $candidate )");
	}

	private static String rule(String id, String effect, String when, String inserted) {
		return """
				rule "%s"
				    @effect("%s")
				when
				    %s
				then
				    insertLogical( %s );
				end
				""".formatted(id, effect, when, inserted);
	}

}
