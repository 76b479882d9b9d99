package org.example.placement.engine;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
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
 * filter still refuses the rules of a file kept that are not in force. Files with no rule
 * (declarations only) are always kept.
 * <p>
 * The sets are few and fixed by the ruleset (the authorities with local policy of their
 * own and the default of each country, times the dates on which a rule comes into or goes
 * out of force), so each set's KieBase is compiled once, when a request first needs it,
 * on one low-priority background thread shared by every ruleset; until it is ready,
 * requests of that set are evaluated in the full KieBase, as before. At most
 * {@link #MAX_BASES} sets are built per ruleset; any other is evaluated in the full one.
 * (Removing rules from a built KieBase instead fails inside Drools 10.2's segment
 * merging, so the files are compiled again.)
 */
final class LeanBases {

	/** How many lean KieBases one ruleset may have: each holds its own rule network. */
	static final int MAX_BASES = 8;

	private static final Logger log = LoggerFactory.getLogger(LeanBases.class);

	/**
	 * One low-priority daemon thread, shared by every ruleset, that builds lean KieBases.
	 */
	static final Executor BACKGROUND = background();

	private final Function<Set<String>, KieBase> build;

	private final int poolSize;

	private final Executor executor;

	private final Map<InForceFilter, SessionPool> ready = new ConcurrentHashMap<>();

	private final Set<InForceFilter> asked = ConcurrentHashMap.newKeySet();

	/**
	 * @param build makes a KieBase of the ruleset holding only the rules named
	 * @param poolSize how many idle sessions each keeps ({@link SessionPool})
	 * @param executor where they are built: {@link #BACKGROUND}, or the caller's thread
	 * in a test
	 */
	LeanBases(Function<Set<String>, KieBase> build, int poolSize, Executor executor) {
		this.build = build;
		this.poolSize = poolSize;
		this.executor = executor;
	}

	/**
	 * The sessions of the lean KieBase of the rules {@code filter} allows, or null while
	 * it is not built (the first call asks for it to be built).
	 */
	@Nullable SessionPool sessionsFor(InForceFilter filter) {
		SessionPool pool = ready.get(filter);
		if (pool == null && asked.size() < MAX_BASES && asked.add(filter)) {
			executor.execute(() -> buildFor(filter));
			pool = ready.get(filter);
		}
		return pool;
	}

	/** How many lean KieBases are ready. */
	int ready() {
		return ready.size();
	}

	private void buildFor(InForceFilter filter) {
		long start = System.nanoTime();
		try {
			ready.put(filter, new SessionPool(build.apply(filter.allowed()), poolSize));
			log.info("KieBase of the {} rules one set of requests can fire built in {} ms", filter.allowed().size(),
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
		}
		catch (RuntimeException ex) {
			// the full KieBase keeps serving this set: slower, never different
			log.warn("KieBase of {} rules could not be built; the full one serves them", filter.allowed().size(), ex);
		}
	}

	private static Executor background() {
		ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				(runnable) -> {
					Thread thread = new Thread(runnable, "lean-kiebase");
					thread.setDaemon(true);
					thread.setPriority(Thread.MIN_PRIORITY);
					return thread;
				});
		executor.allowCoreThreadTimeOut(true);
		return executor;
	}

}
