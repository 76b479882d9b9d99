package org.example.placement.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.base.base.SalienceInteger;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
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
 * A {@code RuleHit} pattern that names an effect ({@code effect == "EXCLUDE"}) depends
 * only on the rules of that effect; one that does not, on every rule that inserts a
 * {@code RuleHit}. Rules that depend on each other in a cycle share a stratum (as all
 * rules did before).
 */
final class FiringOrder {

	private static final Pattern INSERTED_FACT = Pattern.compile("insertLogical\\s*\\(\\s*new\\s+([\\w.]+)\\s*\\(");

	private static final Pattern NAMED_EFFECT = Pattern.compile("\\beffect\\s*==\\s*\"(\\w+)\"");

	private static final String RULE_HIT = "RuleHit";

	/** What each rule inserts, and what it matches, by rule name. */
	private final Map<String, String> inserts = new HashMap<>();

	private final Map<String, Set<String>> matches = new HashMap<>();

	private FiringOrder(DrlFiles files) {
		for (DrlFile file : files.files()) {
			for (RuleDescr rule : file.pkg().getRules()) {
				inserts.put(rule.getName(), inserted(rule));
				Set<String> types = new HashSet<>();
				if (rule.getLhs() != null) {
					collect(rule.getLhs(), types);
				}
				matches.put(rule.getName(), types);
			}
		}
	}

	static FiringOrder of(DrlFiles files) {
		return new FiringOrder(files);
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

	/** Gives each rule of {@code kieBase} its stratum as a (negative) salience. */
	void applyTo(KieBase kieBase) {
		Map<String, Integer> strata = strata();
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
		if (inserted.isEmpty()) {
			return false;
		}
		if (inserted.startsWith(RULE_HIT + "/")) {
			return types.contains(inserted) || types.contains(RULE_HIT);
		}
		return types.contains(inserted);
	}

	/**
	 * {@code RuleHit/<effect>} for a finding, the simple name of a declared fact, or
	 * empty.
	 */
	private static String inserted(RuleDescr rule) {
		String consequence = String.valueOf(rule.getConsequence());
		Matcher fact = INSERTED_FACT.matcher(consequence);
		if (fact.find()) {
			return simpleName(fact.group(1));
		}
		if (consequence.contains(RULE_HIT + ".")) {
			AnnotationDescr effect = rule.getAnnotation("effect");
			return RULE_HIT + "/" + (effect == null ? "" : String.valueOf(effect.getValue()).replace("\"", "").strip());
		}
		return "";
	}

	private static void collect(BaseDescr element, Set<String> types) {
		if (element instanceof PatternDescr pattern) {
			pattern(pattern, types);
		}
		else if (element instanceof ConditionalElementDescr group) {
			group.getDescrs().forEach((descr) -> collect((BaseDescr) descr, types));
		}
	}

	private static void pattern(PatternDescr pattern, Set<String> types) {
		BaseDescr source = pattern.getSource();
		if (source instanceof AccumulateDescr accumulate) {
			collect(accumulate.getInput(), types);
			return;
		}
		if (source instanceof CollectDescr collect) {
			pattern(collect.getInputPattern(), types);
			return;
		}
		String type = pattern.getObjectType() == null ? "" : simpleName(pattern.getObjectType());
		if (type.equals(RULE_HIT)) {
			List<String> effects = new ArrayList<>();
			for (BaseDescr constraint : pattern.getDescrs()) {
				if (constraint instanceof ExprConstraintDescr expr) {
					Matcher named = NAMED_EFFECT.matcher(expr.getExpression());
					while (named.find()) {
						effects.add(RULE_HIT + "/" + named.group(1));
					}
				}
			}
			types.addAll(effects.isEmpty() ? List.of(RULE_HIT) : effects);
		}
		else {
			types.add(type);
		}
	}

	private static String simpleName(String type) {
		return type.substring(type.lastIndexOf('.') + 1);
	}

}
