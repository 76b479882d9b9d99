package org.example.placement.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.Child;
import org.example.placement.decision.Evaluation;
import org.example.placement.decision.Match;
import org.example.placement.decision.RuleEngine;
import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetStatus;
import org.example.placement.decision.Situation;
import org.kie.api.runtime.KieSession;

/**
 * One compiled ruleset as a rule engine that never changes: the serving one evaluates
 * each request, and a candidate is run through the scenarios as one before it may serve.
 * One short-lived session per request, only rules in force on the as-of date allowed to
 * fire, every firing recorded. Rules insert their findings logically, so a finding whose
 * conditions stop holding (say, an exemption derived later in the same session) is
 * withdrawn and the outcome never depends on firing order.
 */
final class CompiledRuleEngine implements RuleEngine {

	private final CompiledRuleset compiled;

	CompiledRuleEngine(CompiledRuleset compiled) {
		this.compiled = compiled;
	}

	@Override
	public Ruleset current() {
		return compiled.ruleset();
	}

	@Override
	public RulesetStatus status() {
		return new RulesetStatus(compiled.ruleset(), null, null);
	}

	/**
	 * It has no directory of its own: {@link DroolsRuleEngine} reloads, and makes a new
	 * one of these.
	 */
	@Override
	public RulesetStatus reload() {
		throw new UnsupportedOperationException("a compiled ruleset does not reload");
	}

	@Override
	public Evaluation evaluate(Situation situation, Child child, List<Candidate> candidates) {
		FiringRecorder recorder = new FiringRecorder(compiled.rules());
		KieSession session = compiled.kieBase().newKieSession();
		try {
			session.addEventListener(recorder);
			session.insert(situation);
			session.insert(child);
			candidates.forEach(session::insert);
			session.fireAllRules(new InForceFilter(compiled, situation.asOf(), situation.responsibleAuthority()));
			List<Match> matches = new ArrayList<>();
			for (Object hit : session.getObjects(RuleHit.class::isInstance)) {
				RuleHit ruleHit = (RuleHit) hit;
				matches.add(new Match(compiled.rules().get(ruleHit.ruleId()), ruleHit.candidateRef()));
			}
			// the trace: classifications as they fired, and every finding that still
			// holds at the end
			List<Match> firings = new ArrayList<>(matches);
			firings.addAll(recorder.firings());
			return new Evaluation(compiled.ruleset().version(), sorted(matches), sorted(firings), compiled.sources());
		}
		finally {
			session.dispose();
		}
	}

	/**
	 * Session object order is an implementation detail; sorted and distinct, findings are
	 * deterministic.
	 */
	private static List<Match> sorted(List<Match> matches) {
		return matches.stream()
			.distinct()
			.sorted(Comparator.comparing((Match m) -> m.candidateRef()).thenComparing(m -> m.rule().id()))
			.toList();
	}

}
