package org.example.placement.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.example.placement.decision.RuleProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which rules read nothing of the candidate they fire for, so that their duties are
 * listed once for the decision: read from the conditions as written.
 */
class DecisionWideRulesTests {

	@Test
	void aRuleWhoseCandidatePatternHasNoConstraintAndIsNamedNowhereElseIsDecisionWide() {
		assertThat(decisionWide("""
				Situation( !emergency )
				$candidate : Candidate( )
				""")).isTrue();
		assertThat(decisionWide("$candidate : Candidate( )")).isTrue();
	}

	@Test
	void aRuleThatReadsTheCandidatesFactsIsNot() {
		assertThat(decisionWide("$candidate : Candidate( location == Location.OUT )")).isFalse();
		assertThat(decisionWide("""
				Situation( childInCare )
				$candidate : Candidate( )
				KindOfPlacement( candidate == $candidate, kind == PlacementKind.PARENT )
				""")).isFalse();
		assertThat(decisionWide("""
				$candidate : Candidate( )
				not ExemptFromOutOfAreaApproval( candidate == $candidate )
				""")).isFalse();
		assertThat(decisionWide("""
				Candidate( $ref : ref )
				not RuleHit( candidateRef == $ref, effect == "EXCLUDE" )
				""")).isFalse();
	}

	@Test
	void aRuleOverTwoCandidatesOrWhoseCandidateIsNamedInAnEvalIsNot() {
		assertThat(decisionWide("""
				$candidate : Candidate( )
				$other : Candidate( )
				""")).isFalse();
		assertThat(decisionWide("""
				$candidate : Candidate( )
				eval( $candidate != null )
				""")).isFalse();
	}

	@Test
	void theShippedRulesListTheirPlacementPlanAndIroDutiesOnceButNotTheAreaAuthoritysNotice() {
		List<RuleProblem> problems = new ArrayList<>();
		RuleFiles files = RuleFiles.read(Path.of("rules"));
		DrlFiles parsed = DrlFiles.read(files, RulesetCompiler.toDrl(files, problems), problems);

		Set<String> wide = DecisionWideRules.of(parsed);

		assertThat(problems).isEmpty();
		assertThat(wide).contains("ENG-CPR-R9-1", "ENG-CPR-R9-2", "ENG-CPR-R9-3")
			.doesNotContain("ENG-CPR-R13-4-1", "ENG-CPR-R13-4-2", "ENG-CPR-R17-18", "ENG-CPR-R13-2I");
	}

	private static boolean decisionWide(String conditions) {
		String drl = """
				package placement.england.notifications;

				rule "ENG-TEST-1"
				when
				%s
				then
				    insertLogical( RuleHit.of( drools.getRule(), $candidate ) );
				end
				""".formatted(conditions);
		RuleDescr rule = parse(drl);
		return DecisionWideRules.decisionWide(rule);
	}

	private static RuleDescr parse(String drl) {
		try {
			return new DrlParser().parse(false, drl).getRules().get(0);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
