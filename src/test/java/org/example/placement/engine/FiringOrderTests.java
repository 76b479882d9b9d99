package org.example.placement.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.drools.base.base.SalienceInteger;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.example.placement.benchmark.BenchmarkData;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Evaluation;
import org.example.placement.decision.RuleProblem;
import org.example.placement.decision.Situation;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine fires each rule after the rules that insert what it matches; the answer is
 * the one firing in any order gives.
 */
class FiringOrderTests {

	private static final Path RULES = Path.of("rules");

	@Test
	void firesEachRuleAfterTheRulesThatInsertWhatItMatches() {
		Map<String, Integer> strata = FiringOrder.of(parsed(RuleFiles.read(RULES))).strata();

		// the kind is derived from the candidate alone; a connected-person foster parent
		// (kind (a)) needs ConnectedPerson first
		assertThat(strata.get("ENG-S22C-3")).isZero();
		assertThat(strata.get("ENG-S22C-6A")).isGreaterThan(strata.get("ENG-S22C-6A-3"));
		// nearest of a group: after every kind and every exclusion it matches
		assertThat(strata.get("ENG-S22C-8A")).isGreaterThan(strata.get("ENG-S22C-6A"))
			.isGreaterThan(strata.get("ENG-S22C-5-1"))
			.isGreaterThan(strata.get("ENG-CPR-R9-1"));
	}

	@Test
	void rulesThatDependOnEachOtherShareAStratum() {
		String drl = """
				package placement.england.facts;

				import org.example.placement.decision.Candidate;

				declare First
				    candidate : Candidate
				end

				declare Second
				    candidate : Candidate
				end

				rule "ENG-TEST-1"
				when
				    $candidate : Candidate( )
				    not Second( candidate == $candidate )
				then
				    insertLogical( new First( $candidate ) );
				end

				rule "ENG-TEST-2"
				when
				    First( $candidate : candidate )
				then
				    insertLogical( new Second( $candidate ) );
				end

				rule "ENG-TEST-3"
				when
				    $candidate : Candidate( )
				then
				    insertLogical( new First( $candidate ) );
				end
				""";
		RuleFiles files = RuleFiles.of(Path.of("test"), Map.of("england/facts/cycle.drl", drl));

		Map<String, Integer> strata = FiringOrder.of(parsed(files)).strata();

		assertThat(strata).containsEntry("ENG-TEST-1", 0).containsEntry("ENG-TEST-2", 0).containsEntry("ENG-TEST-3", 0);
	}

	@Test
	void firingStratumByStratumGivesTheAnswerOfFiringInAnyOrder() {
		// every rule logical, as written, fired in any order; the engine's own build
		// inserts plainly what the firing order settles (StableRules)
		RulesetCompiler compiler = new RulesetCompiler(BuildMode.MVEL, Clock.systemUTC());
		CompiledRuleset unordered = new RulesetCompiler(BuildMode.MVEL, Clock.systemUTC(), false)
			.compile(RuleFiles.read(RULES));
		for (KiePackage pkg : unordered.kieBase().getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				((RuleImpl) rule).setSalience(new SalienceInteger(0));
			}
		}
		CompiledRuleEngine stratified = new CompiledRuleEngine(compiler.compile(RuleFiles.read(RULES)));
		DecisionRequest request = BenchmarkData.request(300);
		Situation situation = Situation.of(request, BenchmarkData.RESPONSIBLE_AUTHORITY);

		Evaluation expected = new CompiledRuleEngine(unordered).evaluate(situation, request.child(),
				request.candidates());
		Evaluation actual = stratified.evaluate(situation, request.child(), request.candidates());

		assertThat(actual.matches()).hasSizeGreaterThan(300).isEqualTo(expected.matches());
		assertThat(actual.firings()).isEqualTo(expected.firings());
	}

	private static DrlFiles parsed(RuleFiles files) {
		List<RuleProblem> problems = new ArrayList<>();
		DrlFiles parsed = DrlFiles.read(files, RulesetCompiler.toDrl(files, problems), problems);
		assertThat(problems).isEmpty();
		return parsed;
	}

}
