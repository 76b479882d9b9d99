package org.example.placement.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.drools.base.base.SalienceInteger;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The order in which the engine lets rules fire, worked out from what each rule matches
 * and what it inserts: a rule fires only after every rule that inserts a fact it matches
 * (its stratum is one more than theirs). Rules cannot state an order (no
 * {@code salience}: their findings are inserted logically, so the answer never depends on
 * the order); this order only saves work. Without it Drools fires a derivation for one
 * candidate, then every rule that depends on it, then the next candidate's, and a rule
 * that compares candidates (the nearest of a group, ENG-S22C-8A) re-evaluates all of them
 * after each one: time quadratic in the number of candidates. Fired stratum by stratum,
 * each rule's network sees its inputs complete and is evaluated about once.
 * <p>
 * What a rule matches and inserts is {@link RuleDependencies}' (the same analysis that
 * finds the rules that may insert plainly): a {@code RuleHit} pattern that names an
 * effect ({@code effect == "EXCLUDE"}, as a constraint of its own) depends only on the
 * rules of that effect; one that does not, on every rule that inserts a {@code RuleHit}.
 * Rules that depend on each other in a cycle share a stratum (as all rules did before).
 */
final class FiringOrder {

	/** What each rule inserts, and what it matches, by rule name. */
	private final Map<String, String> inserts = new HashMap<>();

	private final Map<String, Set<String>> matches = new HashMap<>();

	private FiringOrder(RuleDependencies dependencies) {
		dependencies.rules().forEach((rule, reads) -> {
			inserts.put(rule, reads.inserts());
			matches.put(rule, reads.all());
		});
	}

	static FiringOrder of(RuleDependencies dependencies) {
		return new FiringOrder(dependencies);
	}

	static FiringOrder of(DrlFiles files) {
		return of(RuleDependencies.of(files));
	}

	/** Each rule's stratum: 0 for a rule that matches only the request's facts. */
	Map<String, Integer> strata() {
		Map<String, Integer> strata = new HashMap<>();
		inserts.keySet().forEach((rule) -> strata.put(rule, 0));
		// longest path by relaxation; a cycle would grow without end, so stop after as
		// many rounds as there are rules and flatten what still moves
		Set<String> moving = new HashSet<>(strata.keySet());
		for (int round = 0; round <= strata.size() && !moving.isEmpty(); round++) {
			moving = relax(strata);
		}
		moving.forEach((rule) -> strata.put(rule, 0));
		return strata;
	}

	/**
	 * Gives each rule of {@code kieBase} its stratum in {@code strata} (this order's
	 * {@link #strata}) as a (negative) salience.
	 */
	void applyTo(KieBase kieBase, Map<String, Integer> strata) {
		for (KiePackage pkg : kieBase.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				int stratum = strata.getOrDefault(rule.getName(), 0);
				((RuleImpl) rule).setSalience(new SalienceInteger(-stratum));
			}
		}
	}

	private Set<String> relax(Map<String, Integer> strata) {
		Set<String> moved = new HashSet<>();
		for (Map.Entry<String, Set<String>> rule : matches.entrySet()) {
			int stratum = strata.get(rule.getKey());
			for (Map.Entry<String, String> other : inserts.entrySet()) {
				if (!other.getKey().equals(rule.getKey()) && feeds(other.getValue(), rule.getValue())
						&& strata.get(other.getKey()) >= stratum) {
					stratum = strata.get(other.getKey()) + 1;
				}
			}
			if (stratum != strata.get(rule.getKey())) {
				strata.put(rule.getKey(), stratum);
				moved.add(rule.getKey());
			}
		}
		return moved;
	}

	/**
	 * Whether a rule inserting {@code inserted} can change a rule matching {@code types}.
	 */
	private static boolean feeds(String inserted, Set<String> types) {
		for (String type : types) {
			if (RuleDependencies.matches(inserted, type)) {
				return true;
			}
		}
		return false;
	}

}
