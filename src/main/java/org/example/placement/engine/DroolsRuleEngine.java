package org.example.placement.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.Child;
import org.example.placement.decision.Evaluation;
import org.example.placement.decision.RuleEngine;
import org.example.placement.decision.RuleProblem;
import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetGate;
import org.example.placement.decision.RulesetGate.Verdict;
import org.example.placement.decision.RulesetStatus;
import org.example.placement.decision.RulesetStatus.Rejection;
import org.example.placement.decision.ServedRulesets;
import org.example.placement.decision.Situation;
import org.example.placement.sufficiency.DutyEvaluation;
import org.example.placement.sufficiency.DutyRules;
import org.example.placement.sufficiency.DutySubject;
import org.example.placement.sufficiency.DutyYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule engine adapter over a rules directory. A ruleset serves only once it compiles,
 * passes the metadata checks and passes the {@link RulesetGate} (the scenarios), at
 * start-up and on every reload; otherwise it is rejected and the last good one keeps
 * serving. A request reads the serving ruleset once, so it is evaluated wholly under one
 * version ({@link CompiledRuleEngine}). The files of every version let serve are kept for
 * the decision log's archive ({@link ServedRulesets}).
 */
public class DroolsRuleEngine implements RuleEngine, ServingRuleset, DutyRules, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DroolsRuleEngine.class);

	private final RulesetCompiler compiler;

	private final Path location;

	private final Clock clock;

	private final RulesetGate gate;

	private final ServingSlot<Serving> current = new ServingSlot<>();

	private final AtomicReference<Rejection> lastRejection = new AtomicReference<>();

	private final ServedSources served = new ServedSources();

	private volatile ReloadObserver observer = ReloadObserver.NONE;

	private final RulesetBuilds builds = new RulesetBuilds();

	/** The gate's version the last rejection was decided against (build thread only). */
	private String rejectedAgainst;

	/** Compiles the rules with the compile and metadata checks only, or throws. */
	public DroolsRuleEngine(Path location, BuildMode mode, Clock clock) {
		this(location, mode, clock, RulesetGate.NONE);
	}

	/** As above, and the rules must pass {@code gate} too, now and on every reload. */
	public DroolsRuleEngine(Path location, BuildMode mode, Clock clock, RulesetGate gate) {
		this(clock, location, mode, gate);
		swapIn(admit(compiler.compile(RuleFiles.read(location))));
	}

	private DroolsRuleEngine(Clock clock, Path location, BuildMode mode, RulesetGate gate) {
		this.location = location;
		this.clock = clock;
		this.gate = gate;
		this.compiler = new RulesetCompiler(mode, clock);
	}

	/**
	 * As above, for the service's start: returns at once and builds on a thread of its
	 * own ({@link ServingSlot}); whoever needs the ruleset meanwhile waits for it.
	 */
	public static DroolsRuleEngine building(Path location, BuildMode mode, Clock clock, RulesetGate gate) {
		RuleFiles files = RuleFiles.read(location);
		return building(location, mode, clock, gate, (compiler) -> compiler.compile(files));
	}

	/** As above, with the first ruleset from {@code first} ({@link EarlyCompile}). */
	static DroolsRuleEngine building(Path location, BuildMode mode, Clock clock, RulesetGate gate,
			Function<RulesetCompiler, CompiledRuleset> first) {
		DroolsRuleEngine engine = new DroolsRuleEngine(clock, location, mode, gate);
		engine.current.build(() -> engine.swapIn(engine.admit(first.apply(engine.compiler))));
		return engine;
	}

	/** Waits for the first ruleset; throws its {@link RulesetRejectedException}. */
	public void awaitFirstRuleset() {
		current.awaitFirst();
	}

	@Override
	public Ruleset current() {
		return current.get().engine().ruleset();
	}

	@Override
	public RulesetStatus status() {
		Serving serving = current.get();
		return new RulesetStatus(serving.engine().ruleset(), serving.scenariosChecked(), lastRejection.get());
	}

	/** The files of each ruleset let serve, for the decision log's archive. */
	public ServedSources served() {
		return served;
	}

	@Override
	public RulesetStatus reload() {
		return reloadIfChanged(RuleFiles.read(location), true);
	}

	/**
	 * Reloads when the files on disk differ from the version serving. A version already
	 * rejected is not tried again unless {@code force}d or the gate's checks changed
	 * since (a scenario corrected), so a broken change is reported once. Once the files
	 * on disk are the serving ones again (a rejected change reverted), the rejection is
	 * history and no longer shown. Compiled and gated on the build thread
	 * ({@link RulesetBuilds}), while requests go on being served by the ruleset serving;
	 * the caller waits for the outcome.
	 */
	RulesetStatus reloadIfChanged(RuleFiles files, boolean force) {
		return builds.run(() -> check(files, force));
	}

	/** On the build thread only. */
	private RulesetStatus check(RuleFiles files, boolean force) {
		if (files.version().equals(current().version())) {
			Rejection stale = lastRejection.getAndSet(null);
			if (stale != null) {
				log.info("Rules in {} are back to the serving version {}; rejection of {} cleared", location,
						current().version(), stale.version());
			}
			return status();
		}
		String against = gate.version();
		Rejection rejected = lastRejection.get();
		if (!force && rejected != null && files.version().equals(rejected.version())
				&& against.equals(rejectedAgainst)) {
			return status();
		}
		try {
			swapIn(admit(compiler.compile(files)));
			lastRejection.set(null);
			observer.accepted(current());
		}
		catch (RulesetRejectedException ex) {
			rejectedAgainst = against;
			lastRejection.set(new Rejection(files.version(), clock.instant(), ex.problems()));
			observer.rejected(lastRejection.get());
			log.error("Ruleset {} from {} rejected; still serving {}:\n{}", files.version(), location,
					current().version(), ex.getMessage());
		}
		return status();
	}

	/** Who is told of each reload attempt that ran (metrics); the last set wins. */
	public void observeReloads(ReloadObserver observer) {
		this.observer = observer;
	}

	/** Reload if the rule files changed since the last look (as the watcher does). */
	RulesetStatus reloadIfChanged() {
		return reloadIfChanged(onDisk(), false);
	}

	/** The rules directory. */
	Path location() {
		return location;
	}

	/** The rule files in the directory now, read once. */
	RuleFiles onDisk() {
		return RuleFiles.read(location);
	}

	/** Readies and checks a candidate; it may serve only if nothing was found. */
	private Serving admit(CompiledRuleset compiled) {
		CompiledRuleEngine candidate = new CompiledRuleEngine(compiled);
		candidate.prepareToReplace(LeanBases.BACKGROUND, current.now(Serving::engine));
		Verdict verdict;
		try {
			verdict = gate.check(candidate.ruleset(), candidate);
		}
		catch (RuntimeException ex) { // a check that could not run has not passed
			verdict = new Verdict(null,
					List.of(new RuleProblem(location.toString(), 0, "could not be checked: " + ex)));
		}
		if (!verdict.passed()) {
			throw new RulesetRejectedException(verdict.problems());
		}
		return new Serving(candidate, verdict.scenariosChecked());
	}

	private void swapIn(Serving serving) {
		serving.engine().serve(LeanBases.BACKGROUND);
		Ruleset ruleset = serving.engine().ruleset();
		served.serving(serving.engine().sources());
		current.set(serving);
		Integer checked = serving.scenariosChecked();
		log.info("Ruleset {} loaded from {}: {} rules in {} files; {}", ruleset.version(), location,
				ruleset.rules().size(), ruleset.files().size(), checked == null ? "no scenarios checked"
						: checked == 1 ? "1 scenario passes" : checked + " scenarios pass");
	}

	@Override
	public Evaluation evaluate(Situation situation, Child child, List<Candidate> candidates) {
		return current.get().engine().evaluate(situation, child, candidates);
	}

	@Override
	public DutyEvaluation evaluate(DutyYear year, List<? extends DutySubject> facts) {
		return current.get().engine().evaluate(year, facts);
	}

	/** Stops the build thread (a build under way is abandoned; the serving one stays). */
	@Override
	public void close() {
		builds.close();
	}

	/** What serves, and how many scenarios it passed (null: none were checked). */
	private record Serving(CompiledRuleEngine engine, Integer scenariosChecked) {
	}

}
