package org.example.placement.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.Child;
import org.example.placement.decision.Evaluation;
import org.example.placement.decision.Match;
import org.example.placement.decision.RuleEngine;
import org.example.placement.decision.Ruleset;
import org.example.placement.decision.Situation;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule engine adapter: one short-lived session per request over the current KieBase, only
 * rules in force on the as-of date allowed to fire, every firing recorded. A request reads the
 * current ruleset once, so it is evaluated wholly under one version.
 */
public class DroolsRuleEngine implements RuleEngine {

	private static final Logger log = LoggerFactory.getLogger(DroolsRuleEngine.class);

	private final RulesetCompiler compiler;

	private final AtomicReference<CompiledRuleset> current = new AtomicReference<>();

	/** Compiles the rules at {@code location}; throws {@link RulesetRejectedException} if they fail. */
	public DroolsRuleEngine(java.nio.file.Path location, BuildMode mode, Clock clock) {
		this.compiler = new RulesetCompiler(mode, clock);
		load(location);
	}

	/** Compiles and swaps in a new ruleset; on failure the old one keeps serving. */
	public Ruleset load(java.nio.file.Path location) {
		CompiledRuleset compiled = compiler.compile(RuleFiles.read(location));
		current.set(compiled);
		log.info("Ruleset {} loaded from {}: {} rules in {} files", compiled.ruleset().version(), location,
				compiled.ruleset().rules().size(), compiled.ruleset().files().size());
		return compiled.ruleset();
	}

	@Override
	public Ruleset current() {
		return current.get().ruleset();
	}

	@Override
	public Evaluation evaluate(Situation situation, Child child, List<Candidate> candidates) {
		CompiledRuleset compiled = current.get();
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
			// session object order is an implementation detail; sort so findings are deterministic
			matches.sort(Comparator.comparing((Match m) -> m.candidateRef()).thenComparing(m -> m.rule().id()));
			return new Evaluation(compiled.ruleset().version(), matches, sorted(recorder.firings()));
		}
		finally {
			session.dispose();
		}
	}

	private static List<Match> sorted(List<Match> firings) {
		List<Match> copy = new ArrayList<>(firings);
		copy.sort(Comparator.comparing((Match m) -> m.candidateRef()).thenComparing(m -> m.rule().id()));
		return copy;
	}

}
