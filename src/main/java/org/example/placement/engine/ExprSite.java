package org.example.placement.engine;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;

import static org.example.placement.engine.SandboxPolicy.FORBIDDEN_NAMES;
import static org.example.placement.engine.SandboxPolicy.PACKAGE_ROOTS;
import static org.example.placement.engine.SandboxPolicy.WHY;
import static org.example.placement.engine.SandboxPolicy.isTypeName;
import static org.example.placement.engine.SandboxPolicy.oneLine;

/**
 * Where one expression of a rule stands: the rule-file {@code line} of the node beginning
 * on line {@code base} of the parsed {@code text}, and what it is part of; its problems
 * land on the line of the node they are about.
 */
record ExprSite(FileProblems problems, int line, int base, ExprUse use, String text) {

	void problem(Node n, String message) {
		problems.add(at(n), message);
	}

	void forbiddenNames(Node node) {
		for (Node n : DrlxExpressions.descendants(node)) {
			if (n instanceof SimpleName name && FORBIDDEN_NAMES.contains(name.getIdentifier())) {
				problem(n, name.getIdentifier() + " is not allowed in a rule" + WHY);
			}
			if (n instanceof NameExpr name && PACKAGE_ROOTS.contains(name.getNameAsString())) {
				problem(n, "fully qualified names (" + name.getNameAsString()
						+ ".…) are not allowed in a rule: import an allowed type" + WHY);
			}
			if (n instanceof ClassExpr) {
				problem(n, "class literals (.class) are not allowed in a rule" + WHY);
			}
			if (n instanceof NameExpr name && name.getNameAsString().equals("drools") && use != ExprUse.CONSEQUENCE) {
				problem(n, "drools is not allowed in a condition");
			}
		}
	}

	/**
	 * A bound variable, or fields and argument-less accessors read from it:
	 * {@code $candidate.siblingsPlacedHere()}.
	 */
	boolean accessorChain(Expression e) {
		if (e instanceof NameExpr name) {
			return !isTypeName(name.getNameAsString());
		}
		if (e instanceof FieldAccessExpr field) {
			return accessorChain(field.getScope());
		}
		if (e instanceof MethodCallExpr call) {
			return call.getArguments().isEmpty()
					&& call.getScope().map(this::accessorChain).orElse(use == ExprUse.CONDITION);
		}
		return false;
	}

	/**
	 * Drools' own expression nodes cannot print themselves; then the text they came from
	 * stands in.
	 */
	String describe(Node n) {
		try {
			return oneLine(n.toString());
		}
		catch (RuntimeException ex) {
			return oneLine(text);
		}
	}

	private int at(Node n) {
		// expressions are parsed from their own text: their first line is the
		// descriptor's line
		return line + n.getBegin().map((p) -> Math.max(p.line - base, 0)).orElse(0);
	}

}
