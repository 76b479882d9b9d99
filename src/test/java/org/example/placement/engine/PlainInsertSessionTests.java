package org.example.placement.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.drools.core.common.EqualityKey;
import org.drools.core.common.InternalFactHandle;
import org.example.placement.decision.Candidate;
import org.example.placement.decision.RuleProblem;
import org.example.placement.decision.Situation;
import org.example.placement.support.Candidates;
import org.example.placement.support.Children;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stable rule's consequence, compiled to a plain insert, inserts a fact outside truth
 * maintenance, and equal facts still once (as truth maintenance would have them); a
 * session not made for it inserts logically, as written; the DRL rewritten keeps every
 * line where it was, whatever the consequence looked like.
 */
class PlainInsertSessionTests {

	/**
	 * ENG-T-1 fires twice for each candidate (once for each other candidate) with equal
	 * findings; ENG-T-2 would fire if a candidate had two of them; ENG-T-3 is MVEL and
	 * written over two lines with a comment.
	 */
	private static final String RULES = """
			package placement.england.eligibility;

			import org.example.placement.decision.Candidate;
			import org.example.placement.engine.RuleHit;

			rule "ENG-T-1"
			    @title("Twice for each candidate") @citation("Children Act 1989 s22C(5)")
			    @effect("NOTE") @inForceFrom("2011-04-01")
			when
			    $candidate : Candidate( )
			    Candidate( this != $candidate )
			then
			    insertLogical( RuleHit.of( drools.getRule(), $candidate ) );
			end

			rule "ENG-T-2"
			    @title("Counts") @citation("Children Act 1989 s22C(5)") @effect("NOTE") @inForceFrom("2011-04-01")
			when
			    $candidate : Candidate( )
			    accumulate( RuleHit( ruleId == "ENG-T-1", candidateRef == $candidate.ref ); $n : count( 1 ); $n > 1 )
			then
			    insertLogical( RuleHit.of( drools.getRule(), $candidate ) );
			end

			rule "ENG-T-3"
			    @title("MVEL") @citation("Children Act 1989 s22C(5)") @effect("EXCLUDE") @inForceFrom("2011-04-01")
			    dialect "mvel"
			when
			    $candidate : Candidate( vacancies == 0 )
			then
			    // insertLogical( nothing )
			    insertLogical( RuleHit.of( drools.getRule(),
			        $candidate ) )
			end
			""";

	private static final CompiledRuleset compiled = new RulesetCompiler(BuildMode.MVEL, Clock.systemUTC())
		.compile(RuleFiles.of(Path.of("test"), Map.of("england/eligibility/twice.drl", RULES)));

	private static final List<Candidate> CANDIDATES = List.of(Candidates.anApprovedFosterCarer("C-1"),
			Candidates.anApprovedFosterCarerCalled("C-2").vacancies(0).build(),
			Candidates.aConnectedPersonCarer("C-3"));

	@Test
	void equalFindingsOfAStableRuleAreOneFactOutsideTruthMaintenance() {
		KieSession session = PlainInserts.newSession(compiled.kieBase());

		List<RuleHit> hits = fire(session);

		assertThat(hits).extracting(RuleHit::ruleId)
			.containsExactlyInAnyOrder("ENG-T-1", "ENG-T-1", "ENG-T-1", "ENG-T-3");
		assertThat(PlainInserts.inserted(session)).isEqualTo(4);
		for (Object hit : session.getObjects(new ClassObjectFilter(RuleHit.class))) {
			EqualityKey key = ((InternalFactHandle) session.getFactHandle(hit)).getEqualityKey();
			assertThat(key == null || key.getStatus() == EqualityKey.STATED).isTrue();
		}
		session.dispose();
	}

	@Test
	void aSessionNotMadeForPlainInsertsInsertsLogicallyTheSameFacts() {
		KieSession session = compiled.kieBase().newKieSession();

		List<RuleHit> hits = fire(session);

		assertThat(hits).extracting(RuleHit::ruleId)
			.containsExactlyInAnyOrder("ENG-T-1", "ENG-T-1", "ENG-T-1", "ENG-T-3");
		assertThat(PlainInserts.inserted(session)).isZero();
		FactHandle handle = session.getFactHandle(hits.get(0));
		assertThat(((InternalFactHandle) handle).getEqualityKey().getStatus()).isEqualTo(EqualityKey.JUSTIFIED);
		session.dispose();
	}

	@Test
	void aPooledSessionForgetsWhatItInsertedWhenReset() {
		SessionPool pool = new SessionPool(compiled.kieBase(), 1);
		KieSession session = pool.take();
		fire(session);
		pool.release(session);

		KieSession again = pool.take();

		assertThat(again).isSameAs(session);
		assertThat(PlainInserts.inserted(again)).isZero();
		assertThat(fire(again)).hasSize(4);
	}

	@Test
	void theEngineFindsWhatEveryRuleLogicalFinds() {
		CompiledRuleset logical = new RulesetCompiler(BuildMode.MVEL, Clock.systemUTC(), false)
			.compile(RuleFiles.of(Path.of("test"), Map.of("england/eligibility/twice.drl", RULES)));
		Situation situation = Children.inDurhamOn(Children.AS_OF);

		assertThat(new CompiledRuleEngine(compiled).evaluate(situation, Children.aThirteenYearOldInCare(), CANDIDATES))
			.isEqualTo(
					new CompiledRuleEngine(logical).evaluate(situation, Children.aThirteenYearOldInCare(), CANDIDATES));
	}

	@Test
	void theRewrittenDrlKeepsEveryLineWhereItWas() {
		List<RuleProblem> problems = new ArrayList<>();
		RuleFiles files = RuleFiles.of(Path.of("test"), Map.of("england/eligibility/twice.drl", RULES));
		DrlFile file = DrlFiles.read(files, RulesetCompiler.toDrl(files, problems), problems).files().get(0);

		String plain = Consequences.plain(RULES, file.pkg().getRules());

		assertThat(plain.lines().count()).isEqualTo(RULES.lines().count());
		assertThat(plain.lines().filter((line) -> line.contains(Consequences.PLAIN))).hasSize(3);
		assertThat(plain).doesNotContain("insertLogical( RuleHit").contains("end\n\nrule \"ENG-T-2\"");
		assertThat(plain.indexOf("rule \"ENG-T-3\"")).isPositive();
	}

	private static List<RuleHit> fire(KieSession session) {
		session.insert(Children.inDurhamOn(Children.AS_OF));
		session.insert(Children.aThirteenYearOldInCare());
		CANDIDATES.forEach(session::insert);
		session.fireAllRules();
		return session.getObjects(new ClassObjectFilter(RuleHit.class)).stream().map(RuleHit.class::cast).toList();
	}

}
