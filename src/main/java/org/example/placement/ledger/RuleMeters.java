package org.example.placement.ledger;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.example.placement.decision.Decision;
import org.example.placement.decision.Effect;
import org.example.placement.decision.Match;
import org.example.placement.decision.RankedCandidate;

/**
 * Rule firings ({@code placement.rule.firings}) and exclusions
 * ({@code placement.rule.exclusions}) by rule id, counted for each recorded decision.
 * Each rule id gets an index once, and each rule of a ruleset served (and each id string
 * a finding names) is found by identity in a flat table, published whole and only ever
 * replaced: a decision is counted into two arrays of {@code int} by index, and each
 * rule's counter incremented once by its count. A 1 x 50 decision fires some 440 rules
 * (55 distinct) and excludes by some 40; the maps, counts and counters made or looked up
 * by id for each decision afresh were some 3% of a 1 x 50 answer's request-thread CPU. A
 * counter is registered when its rule first fires or excludes, as before, so no rule
 * shows a counter it never counted. The table is begun again past {@value #MOST} rules (a
 * reload brings new rule objects; ids and counters are kept).
 */
final class RuleMeters {

	private static final String FIRINGS = "placement.rule.firings";

	private static final String EXCLUSIONS = "placement.rule.exclusions";

	static final int MOST = 4096;

	private final MeterRegistry registry;

	private volatile Indexed indexed = new Indexed(new Object[0], new int[0], new HashMap<>(), new String[0]);

	RuleMeters(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Counts {@code decision}'s firings and exclusions. */
	void count(Decision decision) {
		Tally tally = new Tally(this.indexed);
		for (Match match : decision.trace()) {
			tally.add(match.rule(), match.rule().id(), true);
		}
		for (RankedCandidate candidate : decision.candidates()) {
			for (RankedCandidate.Finding finding : candidate.findings()) {
				if (finding.effect() == Effect.EXCLUDE) {
					tally.add(finding.ruleId(), finding.ruleId(), false);
				}
			}
		}
		Indexed rules = tally.rules;
		for (int at = 0; at < tally.fired.length; at++) {
			if (tally.fired[at] > 0) {
				counter(rules.firings, FIRINGS, rules.ids, at).increment(tally.fired[at]);
			}
			if (tally.excluded[at] > 0) {
				counter(rules.exclusions, EXCLUSIONS, rules.ids, at).increment(tally.excluded[at]);
			}
		}
	}

	/**
	 * Rule objects and id strings indexed so far, with {@code key} (of {@code ruleId}).
	 */
	private synchronized Indexed indexed(Object key, String ruleId) {
		Indexed now = this.indexed;
		if (now.at(key) >= 0) {
			return now;
		}
		Map<String, Integer> byId = new HashMap<>(now.byId);
		String[] ids = now.ids;
		if (!byId.containsKey(ruleId)) {
			byId.put(ruleId, ids.length);
			ids = Arrays.copyOf(ids, ids.length + 1);
			ids[ids.length - 1] = ruleId;
		}
		int held = (now.size() < MOST) ? now.size() : 0;
		Object[] keys = new Object[Integer.highestOneBit(Math.max(held + 1, 8)) * 4];
		int[] at = new int[keys.length];
		for (int slot = 0; slot < now.keys.length; slot++) {
			if (held > 0 && now.keys[slot] != null) {
				Indexed.put(keys, at, now.keys[slot], now.at[slot]);
			}
		}
		Indexed.put(keys, at, key, byId.get(ruleId));
		Indexed next = new Indexed(keys, at, byId, ids);
		for (int rule = 0; rule < now.ids.length; rule++) {
			next.firings.set(rule, now.firings.get(rule));
			next.exclusions.set(rule, now.exclusions.get(rule));
		}
		this.indexed = next;
		return next;
	}

	private Counter counter(AtomicReferenceArray<Counter> counters, String name, String[] ids, int at) {
		Counter counter = counters.get(at);
		if (counter == null) {
			counter = Counter.builder(name)
				.description(name.equals(FIRINGS) ? "Rule firings in recorded decisions, by rule id"
						: "Candidates excluded in recorded decisions, by the rule id that excluded them")
				.tag("rule", ids[at])
				.register(registry);
			counters.set(at, counter);
		}
		return counter;
	}

	/**
	 * Rule ids by index, the objects that stand for each (open addressing by identity, at
	 * most a quarter full), and the ids' counters once registered (the registry gives the
	 * same counter for the same id, so one registered twice by two threads is the same).
	 */
	private record Indexed(Object[] keys, int[] at, Map<String, Integer> byId, String[] ids,
			AtomicReferenceArray<Counter> firings, AtomicReferenceArray<Counter> exclusions) {

		Indexed(Object[] keys, int[] at, Map<String, Integer> byId, String[] ids) {
			this(keys, at, byId, ids, new AtomicReferenceArray<>(ids.length), new AtomicReferenceArray<>(ids.length));
		}

		/** The index of the rule {@code key} stands for, or -1. */
		int at(Object key) {
			int mask = keys.length - 1;
			if (mask < 0) {
				return -1;
			}
			for (int slot = slot(key, mask);; slot = (slot + 1) & mask) {
				Object held = keys[slot];
				if (held == key) {
					return at[slot];
				}
				if (held == null) {
					return -1;
				}
			}
		}

		int size() {
			return (int) Arrays.stream(keys).filter((key) -> key != null).count();
		}

		static void put(Object[] keys, int[] at, Object key, int index) {
			int mask = keys.length - 1;
			int slot = slot(key, mask);
			while (keys[slot] != null) {
				slot = (slot + 1) & mask;
			}
			keys[slot] = key;
			at[slot] = index;
		}

		private static int slot(Object key, int mask) {
			return (System.identityHashCode(key) * 0x9E3779B9 >>> 16) & mask;
		}

	}

	/** One decision's counts by index, grown when it meets a rule not indexed yet. */
	private final class Tally {

		private Indexed rules;

		private int[] fired;

		private int[] excluded;

		Tally(Indexed rules) {
			this.rules = rules;
			this.fired = new int[rules.ids.length];
			this.excluded = new int[rules.ids.length];
		}

		void add(Object key, String ruleId, boolean firing) {
			int at = rules.at(key);
			if (at < 0) {
				rules = indexed(key, ruleId);
				fired = Arrays.copyOf(fired, rules.ids.length);
				excluded = Arrays.copyOf(excluded, rules.ids.length);
				at = rules.at(key);
			}
			if (firing) {
				fired[at]++;
			}
			else {
				excluded[at]++;
			}
		}

	}

}
