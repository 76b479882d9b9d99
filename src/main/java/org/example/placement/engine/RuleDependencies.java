package org.example.placement.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.javaparser.ast.expr.Expression;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * What each rule reads from the session's facts and what it inserts, from its parsed
 * descriptors: the one analysis behind the firing order ({@link FiringOrder}) and the
 * plain inserts ({@link StableRules}). A fact class is a <em>key</em>: a declared fact by
 * its simple name (two packages' facts of one name are one key: more dependencies, never
 * fewer), a finding as {@code RuleHit/<effect>}, or {@code RuleHit} for a pattern that
 * matches findings of any effect, and {@code *} for {@code Object}, which matches every
 * fact. A pattern reads its key <em>positively</em> when a fact more can only add matches
 * (a pattern, {@code exists}, {@code or}, {@code and}); <em>non-monotonically</em> when a
 * fact more can take a match away: inside {@code not} or {@code forall}, or as the input
 * of {@code accumulate} or {@code collect}. A pattern {@code from} an expression reads no
 * fact of the session, only values of facts bound before it.
 */
final class RuleDependencies {

	static final String RULE_HIT = "RuleHit";

	/** The key of a pattern over {@code Object}: every fact. */
	static final String ANY = "*";

	/** A pattern constraint that names the effect of the findings it matches, alone. */
	/** A name bound in a constraint ({@code $ref : ref}, {@code effect : ruleId}). */
	private static final Pattern BINDING = Pattern.compile("([\\w$]+)\\s*:(?!=)");

	private static final Pattern EFFECT_ALONE = Pattern.compile("\\s*effect\\s*==\\s*\"(\\w+)\"\\s*");

	/**
	 * One rule: the key it inserts ({@code ""} when not known), the keys it reads
	 * positively and non-monotonically, and whether every element of its condition and
	 * its consequence was understood (when not, treat it as reading and inserting
	 * anything).
	 */
	record Reads(String inserts, Set<String> positive, Set<String> nonMonotone, boolean understood) {

		/** Every key the rule reads, either way. */
		Set<String> all() {
			Set<String> all = new HashSet<>(positive);
			all.addAll(nonMonotone);
			return all;
		}

	}

	private final Map<String, Reads> rules = new LinkedHashMap<>();

	private boolean namesUnique = true;

	private RuleDependencies(DrlFiles files) {
		for (DrlFile file : files.files()) {
			for (RuleDescr rule : file.pkg().getRules()) {
				namesUnique &= rules.put(rule.getName(), read(rule)) == null;
			}
		}
	}

	static RuleDependencies of(DrlFiles files) {
		return new RuleDependencies(files);
	}

	/** Each rule's reads, by rule name. */
	Map<String, Reads> rules() {
		return Collections.unmodifiableMap(rules);
	}

	/** Whether no two rules share a name (the build refuses a ruleset where two do). */
	boolean namesUnique() {
		return namesUnique;
	}

	/**
	 * Whether a fact of key {@code inserted} can match a pattern of key {@code read}.
	 */
	static boolean matches(String inserted, String read) {
		if (inserted.isEmpty()) {
			return false;
		}
		return read.equals(ANY) || read.equals(inserted)
				|| read.equals(RULE_HIT) && inserted.startsWith(RULE_HIT + "/");
	}

	private static Reads read(RuleDescr rule) {
		Walk walk = new Walk();
		boolean understood = rule.getLhs() == null || walk.element(rule.getLhs(), false);
		boolean effectBound = walk.bound.contains("effect");
		String inserts = inserted(rule);
		// "effect" in a constraint might name a binding of that name, not the field
		return new Reads(inserts, keys(walk.positive, effectBound), keys(walk.nonMonotone, effectBound),
				understood && !inserts.isEmpty());
	}

	private static Set<String> keys(List<PatternDescr> patterns, boolean effectBound) {
		Set<String> keys = new HashSet<>();
		for (PatternDescr pattern : patterns) {
			String key = key(pattern);
			keys.add(effectBound && key.startsWith(RULE_HIT + "/") ? RULE_HIT : key);
		}
		return Set.copyOf(keys);
	}

	/** The patterns of one condition over the session's facts, and the names it binds. */
	private static final class Walk {

		private final List<PatternDescr> positive = new ArrayList<>();

		private final List<PatternDescr> nonMonotone = new ArrayList<>();

		private final Set<String> bound = new HashSet<>();

		private boolean element(BaseDescr element, boolean negated) {
			if (element instanceof PatternDescr pattern) {
				return pattern(pattern, negated);
			}
			boolean inside = negated || element instanceof NotDescr || element instanceof ForallDescr;
			if (element instanceof AndDescr || element instanceof OrDescr || element instanceof ExistsDescr
					|| element instanceof NotDescr || element instanceof ForallDescr) {
				boolean understood = true;
				for (BaseDescr descr : ((ConditionalElementDescr) element).getDescrs()) {
					understood &= element(descr, inside);
				}
				return understood;
			}
			return element instanceof EvalDescr;
		}

		private boolean pattern(PatternDescr pattern, boolean negated) {
			bind(pattern);
			BaseDescr source = pattern.getSource();
			if (source instanceof AccumulateDescr accumulate) {
				accumulate.getFunctions().forEach((function) -> bound.add(String.valueOf(function.getBind())));
				return element(accumulate.getInput(), true);
			}
			if (source instanceof CollectDescr collect) {
				return pattern(collect.getInputPattern(), true);
			}
			if (source instanceof FromDescr) {
				return true;
			}
			if (source != null || pattern.getObjectType() == null || pattern.isQuery()) {
				return false;
			}
			(negated ? nonMonotone : positive).add(pattern);
			return true;
		}

		private void bind(PatternDescr pattern) {
			bound.add(String.valueOf(pattern.getIdentifier()));
			for (BaseDescr constraint : pattern.getDescrs()) {
				String text = constraint instanceof ExprConstraintDescr expr ? expr.getExpression()
						: constraint instanceof BindingDescr binding ? binding.getVariable() + " :" : "";
				Matcher names = BINDING.matcher(text);
				while (names.find()) {
					bound.add(names.group(1));
				}
			}
		}

	}

	private static String key(PatternDescr pattern) {
		String type = SandboxPolicy.simpleName(pattern.getObjectType());
		if (type.equals("Object")) {
			return ANY;
		}
		if (!type.equals(RULE_HIT)) {
			return type;
		}
		for (BaseDescr constraint : pattern.getDescrs()) {
			if (constraint instanceof ExprConstraintDescr expr) {
				Matcher alone = EFFECT_ALONE.matcher(expr.getExpression());
				if (alone.matches()) {
					return RULE_HIT + "/" + alone.group(1);
				}
			}
		}
		return RULE_HIT;
	}

	/**
	 * {@code RuleHit/<effect>} for a finding, the simple name of a declared fact, or
	 * empty when the consequence is not one {@code insertLogical} the sandbox allows.
	 */
	private static String inserted(RuleDescr rule) {
		Expression what = Consequences.inserted(rule);
		if (what == null) {
			return "";
		}
		if (what.isObjectCreationExpr()) {
			return what.asObjectCreationExpr().getType().getNameAsString();
		}
		AnnotationDescr effect = rule.getAnnotation("effect");
		return RULE_HIT + "/" + (effect == null ? "" : String.valueOf(effect.getValue()).replace("\"", "").strip());
	}

}
