package org.example.placement.engine;

import java.util.Collection;

import com.github.javaparser.ParseProblemException;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;

/**
 * Metadata ({@code @key(value)}) of rules, declared facts and their fields: Drools
 * evaluates each value as an expression while building, so only literals pass.
 */
final class AnnotationCheck {

	private final FileProblems problems;

	AnnotationCheck(FileProblems problems) {
		this.problems = problems;
	}

	void check(Collection<AnnotationDescr> annotations, BaseDescr owner) {
		for (AnnotationDescr annotation : annotations) {
			for (Object value : annotation.getValueMap().values()) {
				if (!(value instanceof String text) || !isLiteral(text)) {
					problems.add(line(annotation, owner), "@" + annotation.getName()
							+ " must be quoted text or a number: metadata is evaluated as code when the rules are built");
				}
			}
		}
	}

	/**
	 * The parser keeps no line on annotations: the lexer's line of the first that names
	 * it.
	 */
	private int line(AnnotationDescr annotation, BaseDescr owner) {
		if (annotation.getLine() > 0) {
			return annotation.getLine();
		}
		return problems.lines().annotation(owner.getLine(), annotation.getName());
	}

	private static boolean isLiteral(String text) {
		try {
			Expression value = StaticJavaParser.parseExpression(text);
			if (value instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.MINUS) {
				value = unary.getExpression();
			}
			return value instanceof LiteralExpr;
		}
		catch (ParseProblemException ex) {
			return false;
		}
	}

}
