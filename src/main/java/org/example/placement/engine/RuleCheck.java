package org.example.placement.engine;

import java.util.Set;

import com.github.javaparser.ast.expr.Expression;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AttributeDescr;
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
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;

import static org.example.placement.engine.SandboxPolicy.ACCUMULATE_FUNCTIONS;
import static org.example.placement.engine.SandboxPolicy.WHY;
import static org.example.placement.engine.SandboxPolicy.forbidden;
import static org.example.placement.engine.SandboxPolicy.oneLine;
import static org.example.placement.engine.SandboxPolicy.simpleName;

/**
 * One rule: no query, inheritance, attribute but {@code dialect} or named consequence;
 * literal metadata; conditions of patterns over allowed types whose constraints,
 * {@code from} sources, accumulate arguments and {@code eval}s pass {@link ExprCheck};
 * and its consequence ({@link ConsequenceCheck}).
 */
final class RuleCheck {

	private final FileProblems problems;

	/** Simple names a pattern may match in this file. */
	private final Set<String> types;

	private final ConsequenceCheck consequence;

	RuleCheck(FileProblems problems, Set<String> types, Set<String> facts) {
		this.problems = problems;
		this.types = types;
		this.consequence = new ConsequenceCheck(problems, facts);
	}

	void check(RuleDescr r) {
		if (r instanceof QueryDescr) {
			problems.add(r, "query " + r.getName()
					+ " is not allowed: the service asks rules nothing but their findings, so no query is ever run");
			return;
		}
		if (r.getParentName() != null) {
			problems.add(r, "rule extends is not allowed: each rule states its own conditions");
		}
		new AnnotationCheck(problems).check(r.getAnnotations(), r);
		r.getAttributes().forEach((name, value) -> attribute(r, name, value));
		if (!r.getNamedConsequences().isEmpty()) {
			problems.add(r, "named consequences (then[...], do[...]) are not allowed: a rule has one consequence");
		}
		if (r.getLhs() != null) {
			element(r.getLhs());
		}
		consequence.check(r);
	}

	private void attribute(RuleDescr r, String name, AttributeDescr value) {
		switch (name) {
			case "dialect" -> {
				if (!value.getValue().equals("java") && !value.getValue().equals("mvel")) {
					problems.add(r, "dialect " + value.getValue() + " is not allowed");
				}
			}
			case "salience" ->
				problems.add(r, "salience is not allowed: ranking is done in Java, rules stay order-independent");
			case "date-effective", "date-expires" ->
				problems.add(r, "date-effective/date-expires follow the wall clock; use @inForceFrom/@inForceUntil");
			case "agenda-group", "activation-group" ->
				problems.add(r, "agenda-group and activation-group are not allowed: rules stay order-independent");
			default -> problems.add(r, "rule attribute " + name
					+ " is not allowed: a rule has metadata, a condition and one insertLogical");
		}
	}

	private void element(BaseDescr element) {
		if (element instanceof PatternDescr pattern) {
			pattern(pattern);
		}
		else if (element instanceof AndDescr || element instanceof OrDescr || element instanceof NotDescr
				|| element instanceof ExistsDescr || element instanceof ForallDescr) {
			((ConditionalElementDescr) element).getDescrs().forEach(this::element);
		}
		else if (element instanceof EvalDescr eval) {
			expression(String.valueOf(eval.getContent()), eval.getLine(), ExprUse.EVAL);
		}
		else {
			problems.add(element,
					simpleName(element.getClass().getName()).replace("Descr", "") + " is not allowed in a condition");
		}
	}

	private void pattern(PatternDescr pattern) {
		String type = pattern.getObjectType();
		if (pattern.isQuery()) {
			problems.add(pattern, "calling a query (" + type + ") is not allowed");
			return;
		}
		// the result of an accumulate (Number, List, ...) is checked with the accumulate
		if (!(pattern.getSource() instanceof AccumulateDescr) && type != null && !types.contains(type)) {
			problems.add(pattern, "pattern type " + type + " is not allowed: match the decision model's facts and the"
					+ " facts the rules declare" + (forbidden(type) ? WHY : ""));
		}
		if (!pattern.getBehaviors().isEmpty()) {
			problems.add(pattern, "sliding windows (over window:...) are not allowed: rules do not read time");
		}
		for (BaseDescr constraint : pattern.getDescrs()) {
			if (constraint instanceof ExprConstraintDescr expr) {
				expression(expr.getExpression(), line(expr, pattern), ExprUse.CONDITION);
			}
			else if (constraint instanceof BindingDescr binding) {
				expression(binding.getExpression(), line(binding, pattern), ExprUse.CONDITION);
			}
			else {
				problems.add(constraint, "this kind of constraint is not allowed");
			}
		}
		if (pattern.getSource() != null) {
			source(pattern, pattern.getSource());
		}
	}

	private void source(PatternDescr pattern, BaseDescr source) {
		if (source instanceof FromDescr from) {
			expression(from.getDataSource().toString(), pattern.getLine(), ExprUse.FROM);
		}
		else if (source instanceof CollectDescr collect) {
			pattern(collect.getInputPattern());
		}
		else if (source instanceof AccumulateDescr accumulate) {
			accumulate(pattern, accumulate);
		}
		else {
			problems.add(pattern, simpleName(source.getClass().getName()).replace("Descr", "")
					+ " is not allowed as a source: facts come only from the request");
		}
	}

	private void accumulate(PatternDescr pattern, AccumulateDescr accumulate) {
		if (!accumulate.isExternalFunction()) {
			problems.add(pattern, "accumulate with inline code (init/action/result) is not allowed: use one of "
					+ ACCUMULATE_FUNCTIONS);
			return;
		}
		if (accumulate.getClass() != AccumulateDescr.class) {
			problems.add(pattern, "groupby is not allowed");
		}
		element(accumulate.getInput());
		for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
			if (!ACCUMULATE_FUNCTIONS.contains(function.getFunction())) {
				problems.add(pattern, "accumulate function " + function.getFunction() + " is not allowed: use one of "
						+ ACCUMULATE_FUNCTIONS);
			}
			for (String param : function.getParams()) {
				expression(param, pattern.getLine(), ExprUse.FROM);
			}
		}
	}

	private void expression(String text, int line, ExprUse use) {
		Expression expr = DrlxExpressions.parseWhole(text);
		if (expr == null) {
			problems.add(line, use.what + " cannot be checked (write it as a comparison of fields): " + oneLine(text));
			return;
		}
		int base = expr.getBegin().map((p) -> p.line).orElse(1);
		new ExprCheck(new ExprSite(problems, line, base, use, text)).check(expr);
	}

	private static int line(BaseDescr descr, BaseDescr fallback) {
		return descr.getLine() > 0 ? descr.getLine() : fallback.getLine();
	}

}
