package org.example.placement.engine;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The rules that fire for a candidate without reading anything of it: their conditions
 * hold exactly one {@code Candidate( )} pattern, with no constraint, and nothing else in
 * them names the candidate it binds. What such a rule finds holds for every candidate
 * alike (reg 9: prepare the placement plan, inform the IRO), so the decision lists it
 * once. Read from the rules as written, so the answer follows the rules: a rule that
 * starts to read the candidate's facts is no longer one of these. Anything this does not
 * recognise counts as reading the candidate.
 */
final class DecisionWideRules {

	private static final String CANDIDATE = "Candidate";

	private DecisionWideRules() {
	}

	static Set<String> of(DrlFiles files) {
		Set<String> ids = new HashSet<>();
		for (DrlFile file : files.files()) {
			for (RuleDescr rule : file.pkg().getRules()) {
				if (decisionWide(rule)) {
					ids.add(rule.getName());
				}
			}
		}
		return Set.copyOf(ids);
	}

	static boolean decisionWide(RuleDescr rule) {
		if (rule.getLhs() == null) {
			return false;
		}
		List<? extends BaseDescr> conditions = rule.getLhs().getDescrs();
		List<PatternDescr> candidates = conditions.stream()
			.filter(PatternDescr.class::isInstance)
			.map(PatternDescr.class::cast)
			.filter(p -> CANDIDATE.equals(p.getObjectType()))
			.toList();
		if (candidates.size() != 1) {
			return false;
		}
		PatternDescr candidate = candidates.get(0);
		String binding = candidate.getIdentifier();
		if (!candidate.getDescrs().isEmpty() || candidate.getSource() != null || binding == null || binding.isBlank()) {
			return false;
		}
		Pattern named = Pattern.compile("(?<![\\w$])" + Pattern.quote(binding) + "(?![\\w$])");
		return conditions.stream().filter(c -> c != candidate).noneMatch(c -> names(c, named));
	}

	/** Whether a condition names the candidate (or cannot be read, to be safe). */
	private static boolean names(BaseDescr element, Pattern named) {
		if (element instanceof PatternDescr pattern) {
			if (CANDIDATE.equals(pattern.getObjectType()) && pattern.getSource() == null) {
				return true;
			}
			for (BaseDescr constraint : pattern.getDescrs()) {
				String text = constraint instanceof ExprConstraintDescr expr ? expr.getExpression()
						: constraint instanceof BindingDescr b ? b.getExpression() : null;
				if (text == null || named.matcher(text).find()) {
					return true;
				}
			}
			return pattern.getSource() != null && names(pattern.getSource(), named);
		}
		// an eval is a conditional element too, with no elements of its own
		if (element instanceof EvalDescr eval) {
			return named.matcher(String.valueOf(eval.getContent())).find();
		}
		if (element instanceof ConditionalElementDescr group) {
			return group.getDescrs().stream().anyMatch(d -> names(d, named));
		}
		if (element instanceof FromDescr from) {
			return named.matcher(String.valueOf(from.getDataSource())).find();
		}
		if (element instanceof CollectDescr collect) {
			return names(collect.getInputPattern(), named);
		}
		if (element instanceof AccumulateDescr accumulate) {
			return names(accumulate.getInput(), named) || accumulate.getFunctions()
				.stream()
				.flatMap(f -> Arrays.stream(f.getParams()))
				.anyMatch(p -> named.matcher(p).find());
		}
		return true;
	}

}
