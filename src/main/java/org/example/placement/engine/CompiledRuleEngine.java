package org.example.placement.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.Child;
import org.example.placement.decision.Evaluation;
import org.example.placement.decision.RuleEngine;
import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetSources;
import org.example.placement.decision.Situation;
import org.example.placement.sufficiency.DutyEvaluation;
import org.example.placement.sufficiency.DutyRules;
import org.example.placement.sufficiency.DutySubject;
import org.example.placement.sufficiency.DutyYear;
import org.jspecify.annotations.Nullable;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.ObjectFilter;
import org.kie.internal.event.rule.RuleEventManager;

/**
 * One compiled ruleset as a rule engine that never changes: the serving one evaluates
 * each request (and the duty rules of each sufficiency assessment), and a candidate is
 * run through the scenarios, decision and sufficiency alike, as one before it may serve.
 * One session per request at a time (kept and reset between requests:
 * {@link SessionPool}), only rules in force on the as-of date allowed to fire, every
 * firing recorded. Rules are written to insert their findings logically, so a finding
 * whose conditions stop holding would be withdrawn; the engine fires them stratum by
 * stratum and inserts plainly wherever that order settles everything a rule reads before
 * it fires ({@link StableRules}: every shipped rule), the same findings without truth
 * maintenance's bookkeeping.
 */
final class CompiledRuleEngine implements RuleEngine, DutyRules {

	/** The metadata a duty rule states for its findings. */
	private static final List<String> DUTY_TERMS = List.of("classification", "measure", "target", "met");

	/**
	 * The findings among a session's facts (read from their own store, not all facts).
	 */
	private static final ObjectFilter HITS = new ClassObjectFilter(RuleHit.class);

	private static final int POOL_SIZE = Runtime.getRuntime().availableProcessors();

	/**
	 * How many lean KieBases a reloaded ruleset has built before it serves: each is one
	 * more KieBase made between the write and the swap, and the load of one service is
	 * mostly of one or two sets (one authority, today's date).
	 */
	private static final int PREPARED_BASES = 2;

	private final CompiledRuleset compiled;

	private final SessionPool sessions;

	private final InForceFilters filters;

	private final Findings findings;

	private volatile @Nullable LeanBases leanBases;

	CompiledRuleEngine(CompiledRuleset compiled) {
		this.compiled = compiled;
		this.sessions = new SessionPool(compiled.kieBase(), POOL_SIZE);
		this.filters = new InForceFilters(compiled);
		this.findings = new Findings(compiled.rules());
	}

	/**
	 * From now on, evaluates each request in a KieBase of only the rule files that hold a
	 * rule it can fire, once that is built ({@link LeanBases}): for the ruleset serving,
	 * not for one being checked.
	 */
	void useLeanBases(Executor builds) {
		leanBases = LeanBases.of(compiled, POOL_SIZE, builds, true);
	}

	/**
	 * Readies a candidate to take over from {@code serving} without a stall (issue 12
	 * item 5), on the caller's thread (the build thread) before it is checked: builds the
	 * lean KieBases of the sets of requests most asked for under {@code serving}, so that
	 * the scenario gate checks them too and no KieBase of this ruleset is built once it
	 * serves, and makes the sessions of its pools. Other sets are built once it serves
	 * ({@link #serve}). Nothing is done for the service's first ruleset.
	 */
	void prepareToReplace(Executor builds, @Nullable CompiledRuleEngine serving) {
		LeanBases before = serving == null ? null : serving.leanBases;
		if (before == null) {
			return; // the first ruleset of the service: its lean KieBases are built as
					// asked
		}
		LeanBases bases = LeanBases.of(compiled, POOL_SIZE, builds, false);
		bases.prepare(before, filters, PREPARED_BASES);
		sessions.fill();
		leanBases = bases;
	}

	/**
	 * This engine serves now: lean KieBases are built as requests ask for them (made
	 * first, when it was not readied by {@link #prepareToReplace}).
	 */
	void serve(Executor builds) {
		LeanBases bases = leanBases;
		if (bases == null) {
			useLeanBases(builds);
		}
		else {
			bases.buildWhenAsked();
		}
	}

	/** How many lean KieBases are ready (0 when not used). */
	int leanBases() {
		LeanBases bases = leanBases;
		return bases == null ? 0 : bases.ready();
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
		InForceFilter filter = filters.of(situation.asOf(), situation.responsibleAuthority());
		LeanBases bases = leanBases;
		SessionPool lean = bases == null ? null
				: bases.sessionsFor(filter, situation.asOf(), situation.responsibleAuthority());
		SessionPool pool = lean != null ? lean : sessions;
		Findings.Collected collected = findings.collect(candidates.size() + 2);
		KieSession session = pool.take();
		boolean clean = false;
		try {
			((RuleEventManager) session).addEventListener(new FiringRecorder(findings, collected));
			session.insert(situation);
			session.insert(child);
			candidates.forEach(session::insert);
			session.fireAllRules(filter);
			for (Object hit : session.getObjects(HITS)) {
				RuleHit ruleHit = (RuleHit) hit;
				collected.finding(ruleHit.ruleId(), ruleHit.candidateRef());
			}
			// the trace: classifications as they fired, and every finding that still
			// holds at the end
			Findings.Sorted sorted = collected.sorted();
			Evaluation evaluation = new Evaluation(compiled.ruleset().version(), sorted.findings(), sorted.trace(),
					compiled.decisionWide());
			clean = true;
			return evaluation;
		}
		finally {
			if (clean) {
				pool.release(session);
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
		KieSession session = PlainInserts.newSession(compiled.kieBase());
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

}
