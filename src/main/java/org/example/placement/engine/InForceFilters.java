package org.example.placement.engine;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.example.placement.decision.RuleDefinition;

/**
 * The {@link InForceFilter} of each request, worked out once per responsible authority
 * and <em>epoch</em> (the days between two dates on which a rule of the ruleset comes
 * into or goes out of force, when the same rules are in force) instead of once per
 * request, and one instance per distinct set of rules allowed, so that requests of one
 * set share its lean KieBase ({@link LeanBases}).
 */
final class InForceFilters {

	/** Authority codes are checked, but many are possible: a bound all the same. */
	private static final int MAX_KEYS = 4096;

	private final CompiledRuleset compiled;

	/** Every date on which a rule comes into force or stops being in force, in order. */
	private final LocalDate[] boundaries;

	private final Map<Key, InForceFilter> byKey = new ConcurrentHashMap<>();

	private final Map<Set<String>, InForceFilter> distinct = new ConcurrentHashMap<>();

	InForceFilters(CompiledRuleset compiled) {
		this.compiled = compiled;
		Set<LocalDate> dates = new TreeSet<>();
		for (RuleDefinition rule : compiled.rules().values()) {
			dates.add(rule.inForceFrom());
			if (rule.inForceUntil() != null) {
				dates.add(rule.inForceUntil());
			}
		}
		this.boundaries = dates.toArray(LocalDate[]::new);
	}

	/** The rules a request of this authority decided as of this date may fire. */
	InForceFilter of(LocalDate asOf, String responsibleAuthority) {
		Key key = new Key(responsibleAuthority, epoch(asOf));
		InForceFilter filter = byKey.get(key);
		if (filter == null) {
			InForceFilter made = new InForceFilter(compiled, asOf, responsibleAuthority);
			filter = distinct.computeIfAbsent(made.allowed(), (allowed) -> made);
			if (byKey.size() >= MAX_KEYS) {
				byKey.clear();
			}
			byKey.put(key, filter);
		}
		return filter;
	}

	/** How many boundaries are on or before {@code date}: equal within an epoch. */
	private int epoch(LocalDate date) {
		int found = Arrays.binarySearch(boundaries, date);
		return found >= 0 ? found + 1 : -found - 1;
	}

	private record Key(String authority, int epoch) {
	}

}
