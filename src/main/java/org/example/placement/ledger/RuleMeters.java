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
 * Each rule id met is given an index once, kept in a map that is only ever replaced
 * (never changed once published), so a decision is counted into two arrays of {@code int}
 * by that index, and each rule's counter incremented once by its count: a 1 x 50 decision
 * fires some 440 rules (55 distinct) and excludes by some 40, and the map, count and
 * counter looked up for each rule and decision afresh were some 3% of a 1 x 50 answer's
 * request-thread CPU. A counter is registered when its rule first fires or excludes, as
 * before, so no rule shows a counter it never counted.
 */
final class RuleMeters {

	private static final String FIRINGS = "placement.rule.firings";

	private static final String EXCLUSIONS = "placement.rule.exclusions";

	private final MeterRegistry registry;

	private volatile Indexed indexed = new Indexed(Map.of(), new String[0]);

	RuleMeters(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Counts {@code decision}'s firings and exclusions. */
	void count(Decision decision) {
		Tally tally = new Tally(this.indexed);
		for (Match match : decision.trace()) {
			tally.add(match.rule().id(), true);
		}
		for (RankedCandidate candidate : decision.candidates()) {
			for (RankedCandidate.Finding finding : candidate.findings()) {
				if (finding.effect() == Effect.EXCLUDE) {
					tally.add(finding.ruleId(), false);
				}
			}
		}
		Indexed rules = tally.rules;
		for (int at = 0; at < rules.ids.length; at++) {
			if (tally.fired[at] > 0) {
				counter(rules.firings, FIRINGS, rules.ids, at).increment(tally.fired[at]);
			}
			if (tally.excluded[at] > 0) {
				counter(rules.exclusions, EXCLUSIONS, rules.ids, at).increment(tally.excluded[at]);
			}
		}
	}

	private Counter counter(AtomicReferenceArray<Counter> counters, String name, String[] ids, int at) {
		Counter counter = counters.get(at);
		if (counter == null) {
			counter = counter(name, ids[at]);
			counters.set(at, counter);
		}
		return counter;
	}

	/** The rule ids indexed so far with {@code ruleId} among them. */
	private synchronized Indexed indexed(String ruleId) {
		Indexed now = this.indexed;
		if (now.at(ruleId) >= 0) {
			return now;
		}
		Map<String, Integer> index = new HashMap<>(now.index);
		index.put(ruleId, now.ids.length);
		String[] ids = Arrays.copyOf(now.ids, now.ids.length + 1);
		ids[now.ids.length] = ruleId;
		Indexed next = new Indexed(index, ids);
		for (int at = 0; at < now.ids.length; at++) {
			next.firings.set(at, now.firings.get(at));
			next.exclusions.set(at, now.exclusions.get(at));
		}
		this.indexed = next;
		return next;
	}

	private Counter counter(String name, String ruleId) {
		return Counter.builder(name)
			.description(name.equals(FIRINGS) ? "Rule firings in recorded decisions, by rule id"
					: "Candidates excluded in recorded decisions, by the rule id that excluded them")
			.tag("rule", ruleId)
			.register(registry);
	}

	/**
	 * Rule ids by index, and their counters once registered (the registry gives the same
	 * counter for the same id, so one registered twice by two threads is the same).
	 */
	private static final class Indexed {

		private final Map<String, Integer> index;

		private final String[] ids;

		private final AtomicReferenceArray<Counter> firings;

		private final AtomicReferenceArray<Counter> exclusions;

		Indexed(Map<String, Integer> index, String[] ids) {
			this.index = index;
			this.ids = ids;
			this.firings = new AtomicReferenceArray<>(ids.length);
			this.exclusions = new AtomicReferenceArray<>(ids.length);
		}

		int at(String ruleId) {
			Integer at = index.get(ruleId);
			return (at == null) ? -1 : at;
		}

	}

	/** One decision's counts by index, grown when it meets a rule id not indexed yet. */
	private final class Tally {

		private Indexed rules;

		private int[] fired;

		private int[] excluded;

		Tally(Indexed rules) {
			this.rules = rules;
			this.fired = new int[rules.ids.length];
			this.excluded = new int[rules.ids.length];
		}

		void add(String ruleId, boolean firing) {
			int at = rules.at(ruleId);
			if (at < 0) {
				rules = indexed(ruleId);
				fired = Arrays.copyOf(fired, rules.ids.length);
				excluded = Arrays.copyOf(excluded, rules.ids.length);
				at = rules.at(ruleId);
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
