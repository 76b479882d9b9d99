package org.example.placement.engine;

import java.nio.file.Path;
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
import org.example.placement.decision.RulesetSources;
import org.example.placement.decision.RulesetStatus;
import org.example.placement.decision.RulesetStatus.Rejection;
import org.example.placement.decision.Situation;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule engine adapter: one short-lived session per request over the current KieBase, only
 * rules in force on the as-of date allowed to fire, every firing recorded. Rules insert their
 * findings logically, so a finding whose conditions stop holding (say, an exemption derived
 * later in the same session) is withdrawn and the outcome never depends on firing order. A request reads the
 * current ruleset once, so it is evaluated wholly under one version.
 */
public class DroolsRuleEngine implements RuleEngine {

	private static final Logger log = LoggerFactory.getLogger(DroolsRuleEngine.class);

	private final RulesetCompiler compiler;

	private final Path location;

	private final Clock clock;

	private final AtomicReference<CompiledRuleset> current = new AtomicReference<>();

	private final AtomicReference<Rejection> lastRejection = new AtomicReference<>();

	/** Compiles the rules at {@code location}; throws {@link RulesetRejectedException} if they fail. */
	public DroolsRuleEngine(Path location, BuildMode mode, Clock clock) {
		this(location, RuleFiles.read(location), mode, clock);
	}

	private DroolsRuleEngine(Path location, RuleFiles files, BuildMode mode, Clock clock) {
		this.location = location;
		this.clock = clock;
		this.compiler = new RulesetCompiler(mode, clock);
		swapIn(compiler.compile(files));
	}

	/**
	 * An engine over archived rule files, for replay: the files must hash to {@code sources.version()},
	 * so a replay runs under exactly the rules that decided. It never reloads.
	 */
	public static DroolsRuleEngine of(RulesetSources sources, BuildMode mode, Clock clock) {
		RuleFiles files = RuleFiles.of(Path.of("archive"), sources.files());
		if (!files.version().equals(sources.version())) {
			throw new IllegalArgumentException("archived files hash to " + files.version() + ", not " + sources.version());
		}
		return new DroolsRuleEngine(files.root(), files, mode, clock);
	}

	@Override
	public Ruleset current() {
		return current.get().ruleset();
	}

	@Override
	public RulesetStatus status() {
		return new RulesetStatus(current(), lastRejection.get());
	}

	@Override
	public synchronized RulesetStatus reload() {
		RuleFiles files = RuleFiles.read(location);
		return reloadIfChanged(files, true);
	}

	/**
	 * Reloads when the files on disk differ from the version serving; a version already rejected
	 * is not compiled again unless {@code force}d. Once the files on disk are the serving ones
	 * again (a rejected change reverted), the rejection is history and no longer shown.
	 */
	synchronized RulesetStatus reloadIfChanged(RuleFiles files, boolean force) {
		if (files.version().equals(current().version())) {
			Rejection stale = lastRejection.getAndSet(null);
			if (stale != null) {
				log.info("Rules in {} are back to the serving version {}; rejection of {} cleared", location,
						current().version(), stale.version());
			}
			return status();
		}
		Rejection rejected = lastRejection.get();
		if (!force && rejected != null && files.version().equals(rejected.version())) {
			return status();
		}
		try {
			swapIn(compiler.compile(files));
			lastRejection.set(null);
		}
		catch (RulesetRejectedException ex) {
			lastRejection.set(new Rejection(files.version(), clock.instant(), ex.problems()));
			log.error("Ruleset {} from {} rejected; still serving {}:\n{}", files.version(), location,
					current().version(), ex.getMessage());
		}
		return status();
	}

	/** Polled by the watcher: reload if the rule files changed since the last look. */
	RulesetStatus reloadIfChanged() {
		return reloadIfChanged(RuleFiles.read(location), false);
	}

	private void swapIn(CompiledRuleset compiled) {
		current.set(compiled);
		log.info("Ruleset {} loaded from {}: {} rules in {} files", compiled.ruleset().version(), location,
				compiled.ruleset().rules().size(), compiled.ruleset().files().size());
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
			// the trace: classifications as they fired, and every finding that still holds at the end
			List<Match> firings = new ArrayList<>(matches);
			firings.addAll(recorder.firings());
			return new Evaluation(compiled.ruleset().version(), sorted(matches), sorted(firings), compiled.sources());
		}
		finally {
			session.dispose();
		}
	}

	/** Session object order is an implementation detail; sorted and distinct, findings are deterministic. */
	private static List<Match> sorted(List<Match> matches) {
		return matches.stream()
			.distinct()
			.sorted(Comparator.comparing((Match m) -> m.candidateRef()).thenComparing(m -> m.rule().id()))
			.toList();
	}

}
