package org.example.placement.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.Child;
import org.example.placement.decision.Evaluation;
import org.example.placement.decision.Match;
import org.example.placement.decision.RuleEngine;
import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetSources;
import org.example.placement.decision.Situation;
import org.example.placement.sufficiency.DutyEvaluation;
import org.example.placement.sufficiency.DutyRules;
import org.example.placement.sufficiency.DutySubject;
import org.example.placement.sufficiency.DutyYear;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.ObjectFilter;

/**
 * One compiled ruleset as a rule engine that never changes: the serving one evaluates
 * each request (and the duty rules of each sufficiency assessment), and a candidate is
 * run through the scenarios, decision and sufficiency alike, as one before it may serve.
 * One session per request at a time (kept and reset between requests:
 * {@link SessionPool}), only rules in force on the as-of date allowed to fire, every
 * firing recorded. Rules insert their findings logically, so a finding whose conditions
 * stop holding (say, an exemption derived later in the same session) is withdrawn and the
 * outcome never depends on firing order.
 */
final class CompiledRuleEngine implements RuleEngine, DutyRules {

	/** The metadata a duty rule states for its findings. */
	private static final List<String> DUTY_TERMS = List.of("classification", "measure", "target", "met");

	/**
	 * The findings among a session's facts (read from their own store, not all facts).
	 */
	private static final ObjectFilter HITS = new ClassObjectFilter(RuleHit.class);

	private static final Comparator<Match> BY_CANDIDATE_AND_RULE = Comparator.comparing(Match::candidateRef)
		.thenComparing((Match m) -> m.rule().id());

	private final CompiledRuleset compiled;

	private final SessionPool sessions;

	CompiledRuleEngine(CompiledRuleset compiled) {
		this.compiled = compiled;
		this.sessions = new SessionPool(compiled.kieBase(), Runtime.getRuntime().availableProcessors());
	}

	/**
	 * An engine over archived rule files, for replay: the files must hash to
	 * {@code sources.version()}, so a replay runs under exactly the rules that decided.
	 * It has no directory, so nothing to reload; problems name the files by their path in
	 * the archive.
	 */
	static CompiledRuleEngine archived(RulesetSources sources, BuildMode mode, Clock clock) {
		RuleFiles files = RuleFiles.of(Path.of("archive"), sources.files());
		if (!files.version().equals(sources.version())) {
			throw new IllegalArgumentException(
					"archived files hash to " + files.version() + ", not " + sources.version());
		}
		return new CompiledRuleEngine(new RulesetCompiler(mode, clock).compile(files));
	}

	/** The ruleset this engine evaluates with, and its metadata. */
	Ruleset ruleset() {
		return compiled.ruleset();
	}

	/** The files of the ruleset, for the archive. */
	RulesetSources sources() {
		return compiled.sources();
	}

	@Override
	public Evaluation evaluate(Situation situation, Child child, List<Candidate> candidates) {
		FiringRecorder recorder = new FiringRecorder(compiled.rules());
		KieSession session = sessions.take();
		boolean clean = false;
		try {
			session.addEventListener(recorder);
			session.insert(situation);
			session.insert(child);
			candidates.forEach(session::insert);
			session.fireAllRules(new InForceFilter(compiled, situation.asOf(), situation.responsibleAuthority()));
			List<Match> matches = new ArrayList<>();
			for (Object hit : session.getObjects(HITS)) {
				RuleHit ruleHit = (RuleHit) hit;
				matches.add(new Match(compiled.rules().get(ruleHit.ruleId()), ruleHit.candidateRef()));
			}
			// the trace: classifications as they fired, and every finding that still
			// holds at the end (each list sorted once, then merged)
			List<Match> findings = sorted(matches);
			Evaluation evaluation = new Evaluation(compiled.ruleset().version(), findings,
					merged(findings, sorted(recorder.firings())), compiled.decisionWide());
			clean = true;
			return evaluation;
		}
		finally {
			if (clean) {
				sessions.release(session);
			}
			else {
				session.dispose();
			}
		}
	}

	/**
	 * The duty rules over one assessment's facts: rules in force on the year end and of
	 * the authority's layers only, every firing as a finding about its subject.
	 */
	@Override
	public DutyEvaluation evaluate(DutyYear year, List<? extends DutySubject> facts) {
		KieSession session = compiled.kieBase().newKieSession();
		try {
			session.insert(year);
			facts.forEach(session::insert);
			session.fireAllRules(new InForceFilter(compiled, year.yearEnd(), year.authority()));
			List<DutyEvaluation.Finding> findings = new ArrayList<>();
			for (Object hit : session.getObjects(RuleHit.class::isInstance)) {
				RuleHit ruleHit = (RuleHit) hit;
				Rule rule = compiled.kieBase()
					.getRule(RuleMetadataReader.packageOf(compiled.rules().get(ruleHit.ruleId()).file()),
							ruleHit.ruleId());
				findings.add(new DutyEvaluation.Finding(compiled.rules().get(ruleHit.ruleId()), ruleHit.candidateRef(),
						terms(rule)));
			}
			findings.sort(Comparator.comparing(DutyEvaluation.Finding::subject).thenComparing(f -> f.rule().id()));
			return new DutyEvaluation(compiled.ruleset().version(), findings, compiled.sources());
		}
		finally {
			session.dispose();
		}
	}

	private static Map<String, String> terms(Rule rule) {
		Map<String, String> terms = new HashMap<>();
		for (String key : DUTY_TERMS) {
			Object value = rule == null ? null : rule.getMetaData().get(key);
			if (value != null) {
				terms.put(key, value.toString().replace("\"", "").strip());
			}
		}
		return terms;
	}

	/** Two sorted, distinct lists as one sorted list: what both hold, once. */
	private static List<Match> merged(List<Match> first, List<Match> second) {
		List<Match> merged = new ArrayList<>(first.size() + second.size());
		int i = 0;
		int j = 0;
		while (i < first.size() || j < second.size()) {
			int order = i == first.size() ? 1
					: j == second.size() ? -1 : BY_CANDIDATE_AND_RULE.compare(first.get(i), second.get(j));
			merged.add(order <= 0 ? first.get(i) : second.get(j));
			i += order <= 0 ? 1 : 0;
			j += order >= 0 ? 1 : 0;
		}
		return merged;
	}

	/**
	 * Session object order is an implementation detail; sorted and distinct, findings are
	 * deterministic. Sorted by candidate and rule id, a repeated finding is next to its
	 * first (ids are unique in a ruleset), so it is dropped without hashing its rule.
	 */
	private static List<Match> sorted(List<Match> matches) {
		matches.sort(BY_CANDIDATE_AND_RULE);
		List<Match> distinct = new ArrayList<>(matches.size());
		Match previous = null;
		for (Match match : matches) {
			if (previous == null || BY_CANDIDATE_AND_RULE.compare(previous, match) != 0) {
				distinct.add(match);
			}
			previous = match;
		}
		return distinct;
	}

}
