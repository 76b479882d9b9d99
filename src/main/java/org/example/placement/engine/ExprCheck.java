package org.example.placement.engine;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;
import org.jspecify.annotations.Nullable;

import static org.example.placement.engine.SandboxPolicy.OPERATORS;
import static org.example.placement.engine.SandboxPolicy.WHY;
import static org.example.placement.engine.SandboxPolicy.forbidden;
import static org.example.placement.engine.SandboxPolicy.isTypeName;
import static org.example.placement.engine.SandboxPolicy.simpleName;

/**
 * One expression of a condition, a {@code from}, an {@code eval} or a consequence
 * argument: only comparisons, literals and the fields and methods of matched facts, never
 * a static call, {@code new}, an assignment, a lambda, a cast or a name that reaches the
 * machine.
 */
final class ExprCheck {

	private final ExprSite site;

	private final ExprUse use;

	ExprCheck(ExprSite site) {
		this.site = site;
		this.use = site.use();
	}

	void check(Expression expr) {
		site.forbiddenNames(expr);
		node(expr);
	}

	/**
	 * A consequence argument: a variable, a literal, an enum value of an imported type
	 * ({@code PlacementKind.PARENT}), a bound fact's field or accessor, or
	 * drools.getRule().
	 */
	void argument(Expression arg) {
		if (isGetRule(arg)) {
			return;
		}
		site.forbiddenNames(arg);
		if (arg instanceof LiteralExpr || arg instanceof NameExpr || site.accessorChain(arg) || enumValue(arg)) {
			return;
		}
		site.problem(arg, "an inserted fact's arguments may be variables, literals, enum values and fields of bound"
				+ " facts, not " + site.describe(arg));
	}

	private static boolean enumValue(Expression e) {
		return e instanceof FieldAccessExpr field && field.getScope() instanceof NameExpr type
				&& isTypeName(type.getNameAsString());
	}

	/** {@code drools.getRule()}: the one call on {@code drools} a consequence makes. */
	static boolean isGetRule(Expression e) {
		return e instanceof MethodCallExpr call && call.getNameAsString().equals("getRule")
				&& call.getArguments().isEmpty()
				&& call.getScope()
					.filter((s) -> s.isNameExpr() && s.asNameExpr().getNameAsString().equals("drools"))
					.isPresent();
	}

	private void node(Expression e) {
		if (e instanceof LiteralExpr || e instanceof NameExpr || e instanceof ThisExpr) {
			return;
		}
		if (!javaOperator(e) && !droolsOperator(e)) {
			callOrRefused(e);
		}
	}

	/** Parentheses, operators, conditionals, field and array access: their operands. */
	private boolean javaOperator(Expression e) {
		if (e instanceof EnclosedExpr enclosed) {
			node(enclosed.getInner());
		}
		else if (e instanceof BinaryExpr binary) {
			node(binary.getLeft());
			node(binary.getRight());
		}
		else if (e instanceof UnaryExpr unary) {
			unary(unary);
		}
		else if (e instanceof ConditionalExpr conditional) {
			node(conditional.getCondition());
			node(conditional.getThenExpr());
			node(conditional.getElseExpr());
		}
		else if (e instanceof FieldAccessExpr field) {
			node(field.getScope());
		}
		else if (e instanceof ArrayAccessExpr array) {
			node(array.getName());
			node(array.getIndex());
		}
		else {
			return false;
		}
		return true;
	}

	private void unary(UnaryExpr unary) {
		UnaryExpr.Operator operator = unary.getOperator();
		if (operator.isPrefix() && operator != UnaryExpr.Operator.PREFIX_INCREMENT
				&& operator != UnaryExpr.Operator.PREFIX_DECREMENT) {
			node(unary.getExpression());
		}
		else {
			site.problem(unary, "++ and -- are not allowed: a rule changes no value");
		}
	}

	/** Drools' own operators ({@code contains}, {@code in}, {@code > 3 && < 5}). */
	private boolean droolsOperator(Expression e) {
		if (e instanceof PointFreeExpr pointFree) {
			operator(pointFree.getOperator(), e);
			node(pointFree.getLeft());
			pointFree.getRight().forEach(this::node);
		}
		else if (e instanceof HalfPointFreeExpr half) {
			operator(half.getOperator(), e);
			half.getRight().forEach(this::node);
		}
		else if (e instanceof HalfBinaryExpr half) {
			node(half.getRight());
		}
		else {
			return false;
		}
		return true;
	}

	private void callOrRefused(Expression e) {
		if (e instanceof MethodCallExpr call) {
			call(call);
		}
		else if (e instanceof ObjectCreationExpr created) {
			String type = created.getType().getNameAsString();
			site.problem(e, "new " + type + "(...) is not allowed in " + use.what + (forbidden(type) ? WHY : ""));
		}
		else {
			site.problem(e, simpleName(e.getClass().getName()).replace("Expr", "").toLowerCase()
					+ " expressions are not allowed in " + use.what + ": " + site.describe(e));
		}
	}

	private void operator(SimpleName operator, Expression e) {
		if (!OPERATORS.contains(operator.getIdentifier())) {
			site.problem(e, "operator " + operator.getIdentifier() + " is not allowed");
		}
	}

	private void call(MethodCallExpr call) {
		String name = call.getNameAsString();
		if (use == ExprUse.EVAL) {
			site.problem(call, "eval may not call methods (" + name + "): test the fact's fields in its pattern");
			return;
		}
		if (use == ExprUse.FROM && !site.accessorChain(call)) {
			site.problem(call,
					"from and accumulate may only read a bound fact's fields (from $candidate.siblingsPlacedHere()),"
							+ " not call " + name + "(...)");
			return;
		}
		Expression root = root(call);
		if (root != null && !(root instanceof NameExpr || root instanceof ThisExpr)) {
			node(root);
		}
		if (root instanceof NameExpr type && isTypeName(type.getNameAsString())) {
			site.problem(call,
					"static method calls (" + type.getNameAsString() + "." + name + ") are not allowed in " + use.what
							+ ": only the methods of the matched facts"
							+ (forbidden(type.getNameAsString()) ? WHY : ""));
			return;
		}
		call.getScope().ifPresent(this::node);
		call.getArguments().forEach(this::node);
	}

	private static @Nullable Expression root(Expression e) {
		Expression at = e;
		while (true) {
			if (at instanceof MethodCallExpr call) {
				if (call.getScope().isEmpty()) {
					return null;
				}
				at = call.getScope().get();
			}
			else if (at instanceof FieldAccessExpr field) {
				at = field.getScope();
			}
			else if (at instanceof EnclosedExpr enclosed) {
				at = enclosed.getInner();
			}
			else {
				return at;
			}
		}
	}

}
