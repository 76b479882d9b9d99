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
 * session (what they read non-monotonically is all inserted in lower strata before they
 * fire, nothing they read positively is ever withdrawn), and whose facts no logical
 * insert can equal.
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

			declare Third
			    candidate : Candidate
			end

			declare Fourth
			    candidate : Candidate
			end

			""";

	/** ENG-L-1 and ENG-L-2 depend on each other: one stratum, both unstable. */
	private static final String CYCLE = derive("ENG-L-1", "First", "$candidate : Candidate( )\n    not Second( )")
			+ derive("ENG-L-2", "Second", "First( $candidate : candidate )");

	@Test
	void aRuleOverTheRequestsFactsAloneIsStable() {
		assertThat(
				plain(hit("ENG-T-1", "PREFER", "$candidate : Candidate( vacancies > 0 )\n    not Child( disabled )")))
			.containsExactly("ENG-T-1");
	}

	@Test
	void notOverAFactInsertedInALowerStratumIsStable() {
		assertThat(plain(derive("ENG-T-1", "First", "$candidate : Candidate( )"),
				hit("ENG-T-2", "NOTE", "$candidate : Candidate( )\n    not First( candidate == $candidate )")))
			.containsExactlyInAnyOrder("ENG-T-1", "ENG-T-2");
	}

	@Test
	void rulesThatReadEachOtherNonMonotonicallyAndWhatTheyInsertAreUnstable() {
		assertThat(plain(CYCLE, hit("ENG-T-3", "NOTE", "Second( $candidate : candidate )"),
				hit("ENG-T-4", "NOTE", "$candidate : Candidate( )\n    not First( )"),
				hit("ENG-T-5", "NOTE", "$candidate : Candidate( )\n    not RuleHit( )"),
				hit("ENG-T-6", "NOTE", "$candidate : Candidate( )")))
			.containsExactly("ENG-T-6");
	}

	@Test
	void everyNonMonotoneElementButExistsOverALateFactIsUnstable() {
		for (String condition : List.of("not( First( ) )", "exists( Child( ) and not First( ) )",
				"forall( First( ) Child( ) )", "forall( Child( ) First( ) )",
				"Number( intValue > 1 ) from accumulate( First( ), count( 1 ) )",
				"java.util.List( size > 1 ) from collect( First( ) )",
				"accumulate( First( candidate == $candidate ); $n : count( 1 ); $n > 1 )")) {
			String rule = hit("ENG-T-2", "NOTE", "$candidate : Candidate( )\n    " + condition);
			assertThat(plain(derive("ENG-T-1", "First", "$candidate : Candidate( )"), rule)).as(condition)
				.contains("ENG-T-2");
			assertThat(plain(CYCLE, rule)).as(condition).doesNotContain("ENG-T-2");
		}
		// ENG-P-1 and ENG-P-2 depend on each other positively: stable, not timely
		String positiveCycle = derive("ENG-P-1", "Third", "Fourth( $candidate : candidate )")
				+ derive("ENG-P-2", "Fourth", "Third( $candidate : candidate )")
				+ derive("ENG-P-3", "Third", "$candidate : Candidate( )");
		assertThat(plain(positiveCycle, hit("ENG-T-2", "NOTE", "$candidate : Candidate( )\n    exists( Fourth( ) )")))
			.contains("ENG-T-2", "ENG-P-1", "ENG-P-2");
		assertThat(plain(positiveCycle, hit("ENG-T-2", "NOTE", "$candidate : Candidate( )\n    not( Fourth( ) )")))
			.contains("ENG-P-1")
			.doesNotContain("ENG-T-2");
	}

	@Test
	void aFindingPatternThatNamesAnEffectAloneReadsOnlyFindingsOfThatEffect() {
		String late = hit("ENG-L-3", "PREFER", "$candidate : Candidate( )\n    not RuleHit( effect == \"PREFER\" )");
		assertThat(plain(late,
				derive("ENG-T-2", "First", "$candidate : Candidate( )\n    not RuleHit( effect == \"EXCLUDE\" )")))
			.containsExactly("ENG-T-2");
		for (String finding : List.of("RuleHit( )", "RuleHit( effect != \"EXCLUDE\" )",
				"RuleHit( !(effect == \"EXCLUDE\") )", "RuleHit( effect == \"EXCLUDE\" || ruleId != null )",
				"Object( )")) {
			assertThat(plain(late, derive("ENG-T-2", "First", "$candidate : Candidate( )\n    not " + finding)))
				.as(finding)
				.isEmpty();
		}
	}

	@Test
	void anEffectConstraintIsNotTrustedWhenTheRuleBindsANameEffect() {
		assertThat(
				plain(hit("ENG-L-3", "PREFER", "$candidate : Candidate( )\n    not RuleHit( effect == \"PREFER\" )"),
						derive("ENG-T-2", "First",
								"$candidate : Candidate( effect : ref )\n    not RuleHit( effect == \"EXCLUDE\" )")))
			.isEmpty();
	}

	@Test
	void aStableRuleInsertsLogicallyAFactClassAnUnstableRuleAlsoInserts() {
		assertThat(plain(CYCLE, derive("ENG-T-1", "First", "$candidate : Candidate( vacancies > 1 )"),
				hit("ENG-T-2", "NOTE", "$candidate : Candidate( )")))
			// findings name their rule: ENG-T-2's never equal another rule's
			.containsExactly("ENG-T-2");
	}

	@Test
	void aPatternFromAnExpressionReadsNoFactOfTheSession() {
		assertThat(plain(CYCLE, hit("ENG-T-2", "NOTE",
				"$candidate : Candidate( )\n    not First( candidate == $candidate ) from $candidate.siblingsPlacedHere()")))
			.containsExactly("ENG-T-2");
	}

	@Test
	void aRuleWithAConditionNotUnderstoodIsNeitherStableNorTimely() {
		assertThat(plain(derive("ENG-T-1", "First", "$candidate : Candidate( ) from entry-point \"other\""),
				hit("ENG-T-2", "NOTE", "$candidate : Candidate( )\n    not First( )"),
				hit("ENG-T-3", "NOTE", "$candidate : Candidate( )")))
			.containsExactly("ENG-T-3");
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
	void everyShippedRuleInsertsPlainlyInItsStratumAndNotUnordered() {
		List<RuleProblem> problems = new ArrayList<>();
		RuleFiles files = RuleFiles.read(Path.of("rules"));
		RuleDependencies dependencies = RuleDependencies
			.of(DrlFiles.read(files, RulesetCompiler.toDrl(files, problems), problems));

		Set<String> ordered = StableRules.plain(dependencies, FiringOrder.of(dependencies).strata());
		Set<String> unordered = StableRules.plain(dependencies, Map.of());

		assertThat(ordered).hasSize(dependencies.rules().size()).contains("ENG-S22C-3", "LOCAL-DEFAULT-001");
		// not RuleHit( ..., effect == "EXCLUDE" ), not AdoptionConsidered, not
		// TemporaryApprovalRunning, not ExemptFromOutOfAreaApproval
		assertThat(unordered)
			.doesNotContain("ENG-CPR-R13-2A", "ENG-S22C-8A", "ENG-S22C-9", "ENG-CPR-R25-2", "ENG-CPR-R11-1A",
					"WAL-S81-8A")
			.contains("ENG-S22C-3", "ENG-CPR-R22-2", "LOCAL-DEFAULT-001");
	}

	private static Set<String> plain(String... rules) {
		RuleFiles files = RuleFiles.of(Path.of("test"),
				Map.of("england/facts/test.drl", HEADER + String.join("\n", rules)));
		List<RuleProblem> problems = new ArrayList<>();
		DrlFiles parsed = DrlFiles.read(files, RulesetCompiler.toDrl(files, problems), problems);
		assertThat(problems).isEmpty();
		RuleDependencies dependencies = RuleDependencies.of(parsed);
		return StableRules.plain(dependencies, FiringOrder.of(dependencies).strata());
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
