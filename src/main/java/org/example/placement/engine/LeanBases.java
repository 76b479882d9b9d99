package org.example.placement.engine;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Predicate;

import org.example.placement.background.BackgroundThreads;
import org.example.placement.decision.RuleDefinition;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions of KieBases that hold only the rule files with a rule a request can fire: a
 * rule in force on its as-of date and of a layer that applies to its responsible
 * authority (one {@link InForceFilter}). In the full KieBase a rule that cannot fire for
 * the request (a Welsh rule for an English child, another authority's local policy) is
 * refused only when it is about to fire, after its conditions were matched against every
 * candidate: some 15-20% of the engine's CPU for the benchmark requests. A file left out
 * holds no rule that could have fired, so the findings and the trace are the full
 * KieBase's ({@code LeanBasesTests}: every scenario and the benchmark requests); the
 * filter still refuses the rules of a file kept that are not in force. Declarations
 * (types, functions) are always kept.
 * <p>
 * The sets are few and fixed by the ruleset (the authorities with local policy of their
 * own and the default of each country, times the dates on which a rule comes into or goes
 * out of force), so each set's KieBase is made once, when a request first needs it, on
 * one low-priority background thread shared by every ruleset; until it is ready, requests
 * of that set are evaluated in the full KieBase, as before. At most {@link #MAX_BASES}
 * sets are built per ruleset; any other is evaluated in the full one. It is made from the
 * full KieBase's compiled packages, the rules of the files left out taken out before its
 * network is built ({@link KieBaseSubset}): the rule files are not compiled again.
 * (Removing rules from a built KieBase instead fails inside Drools 10.2's segment
 * merging.) A reloaded ruleset has the KieBases of the sets most asked for under the one
 * it replaces built before it serves ({@link #prepare}, issue 12 item 5), so no compile
 * of the reload runs after its swap.
 */
final class LeanBases {

	/** How many lean KieBases one ruleset may have: each holds its own rule network. */
	static final int MAX_BASES = 8;

	private static final Logger log = LoggerFactory.getLogger(LeanBases.class);

	/**
	 * One daemon thread, shared by every ruleset, that builds lean KieBases behind the
	 * request threads ({@link BackgroundThreads}).
	 */
	static final Executor BACKGROUND = background();

	private final Function<Set<String>, KieBase> build;

	private final int poolSize;

	private final Executor executor;

	/**
	 * The sets asked for: one request's as-of date and authority each, how many requests
	 * since, and its sessions once built.
	 */
	private final Map<InForceFilter, Asked> asked = new ConcurrentHashMap<>();

	/** Whether a set asked for is built then (false while a candidate is being gated). */
	private volatile boolean lazy;

	/**
	 * @param build makes a KieBase of the ruleset holding only the rules named
	 * @param poolSize how many idle sessions each keeps ({@link SessionPool})
	 * @param executor where they are built: {@link #BACKGROUND}, or the caller's thread
	 * in a test
	 * @param lazy whether a set is built when first asked for, or only by
	 * {@link #prepare} until {@link #buildWhenAsked}
	 */
	LeanBases(Function<Set<String>, KieBase> build, int poolSize, Executor executor, boolean lazy) {
		this.build = build;
		this.poolSize = poolSize;
		this.executor = executor;
		this.lazy = lazy;
	}

	/**
	 * The lean KieBases of a compiled ruleset, each made from its KieBase's compiled
	 * packages ({@link KieBaseSubset}), not compiled again.
	 */
	static LeanBases of(CompiledRuleset compiled, int poolSize, Executor executor, boolean lazy) {
		return new LeanBases((allowed) -> KieBaseSubset.of(compiled.kieBase(), kept(compiled, allowed)), poolSize,
				executor, lazy);
	}

	/**
	 * The sessions of the lean KieBase of the rules {@code filter} allows, or null while
	 * it is not built (the first call asks for it to be built, once it is served).
	 */
	@Nullable SessionPool sessionsFor(InForceFilter filter, LocalDate asOf, String authority) {
		Asked known = asked.get(filter);
		if (known != null) {
			known.uses.increment();
			return known.sessions;
		}
		if (lazy && asked.size() < MAX_BASES) {
			Asked first = new Asked(asOf, authority);
			if (asked.putIfAbsent(filter, first) == null) {
				executor.execute(() -> buildFor(filter, first));
				return first.sessions;
			}
		}
		return null;
	}

	/**
	 * Builds now, on the caller's thread, the KieBases of the sets {@code before} (the
	 * lean KieBases of the ruleset serving) had most requests of, at most {@code most},
	 * with their sessions made: this ruleset's sets of the same as-of dates and
	 * authorities ({@code filters}).
	 */
	void prepare(LeanBases before, InForceFilters filters, int most) {
		List<Asked> used = before.asked.values()
			.stream()
			.sorted(Comparator.comparingLong((Asked one) -> one.uses.sum()).reversed())
			.limit(most)
			.toList();
		for (Asked one : used) {
			InForceFilter filter = filters.of(one.asOf, one.authority);
			Asked same = new Asked(one.asOf, one.authority);
			if (asked.size() < MAX_BASES && asked.putIfAbsent(filter, same) == null) {
				buildFor(filter, same);
			}
		}
		for (Asked one : asked.values()) {
			if (one.sessions != null) {
				one.sessions.fill();
			}
		}
	}

	/** From now on a set first asked for is built in the background. */
	void buildWhenAsked() {
		lazy = true;
	}

	/** How many lean KieBases are ready. */
	int ready() {
		return (int) asked.values().stream().filter((one) -> one.sessions != null).count();
	}

	private void buildFor(InForceFilter filter, Asked set) {
		long start = System.nanoTime();
		try {
			set.sessions = new SessionPool(build.apply(filter.allowed()), poolSize);
			log.info("KieBase of the {} rules one set of requests can fire built in {} ms", filter.allowed().size(),
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
		}
		catch (RuntimeException ex) {
			// the full KieBase keeps serving this set: slower, never different
			log.warn("KieBase of {} rules could not be built; the full one serves them", filter.allowed().size(), ex);
		}
	}

	/**
	 * The rules of the files that hold a rule allowed (a rule the metadata does not name,
	 * were there one, is kept).
	 */
	private static Predicate<Rule> kept(CompiledRuleset compiled, Set<String> allowed) {
		Set<String> withAllowed = new HashSet<>();
		for (RuleDefinition rule : compiled.rules().values()) {
			if (allowed.contains(rule.id())) {
				withAllowed.add(rule.file());
			}
		}
		return (rule) -> {
			RuleDefinition known = compiled.rules().get(rule.getName());
			return known == null || withAllowed.contains(known.file());
		};
	}

	private static Executor background() {
		ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				BackgroundThreads.named("lean-kiebase"));
		executor.allowCoreThreadTimeOut(true);
		return executor;
	}

	/**
	 * The as-of date and authority of the request that first asked for a set, how many
	 * requests of it there were since, and its sessions once its KieBase is built.
	 */
	private static final class Asked {

		final LocalDate asOf;

		final String authority;

		final LongAdder uses = new LongAdder();

		volatile @Nullable SessionPool sessions;

		Asked(LocalDate asOf, String authority) {
			this.asOf = asOf;
			this.authority = authority;
		}

	}

}
