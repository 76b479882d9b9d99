package org.example.placement.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.MvelParser;
import org.drools.mvel.parser.ParseStart;
import org.drools.mvel.parser.Providers;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;
import org.jspecify.annotations.Nullable;

/**
 * A rule's expressions read with Drools' JavaParser-based DRLX parser, and walked whole.
 */
final class DrlxExpressions {

	private DrlxExpressions() {
	}

	/**
	 * The whole of a constraint as one expression, or null. Drools' DRLX parser finds a
	 * binding ({@code $miles : distanceMiles != null}) but stops quietly before text it
	 * cannot read, so the expression after the binding is parsed again with the MVEL/DRLX
	 * expression parser, which must consume all of it.
	 */
	static @Nullable Expression parseWhole(String text) {
		String rest = text.strip();
		try {
			DrlxExpression drlx = DrlxParser.parseExpression(DrlxParser.buildDrlxParserWithArguments(List.of()), rest);
			if (drlx.getBind() != null) {
				String bind = drlx.getBind().getIdentifier();
				if (!rest.startsWith(bind)) {
					return null;
				}
				rest = rest.substring(bind.length()).strip();
				if (!rest.startsWith(":") || rest.startsWith(":=")) {
					return null;
				}
				rest = rest.substring(1).strip();
			}
			ParseResult<Expression> whole = new MvelParser().parse(ParseStart.EXPRESSION, Providers.provider(rest));
			return whole.isSuccessful() ? whole.getResult().orElse(null) : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Every node under {@code node}, including the operands of Drools' own operators,
	 * which JavaParser's walk misses.
	 */
	static List<Node> descendants(Node node) {
		Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Node> all = new ArrayList<>();
		collect(node, all, seen);
		return all;
	}

	private static void collect(Node node, List<Node> all, Set<Node> seen) {
		if (!seen.add(node)) {
			return;
		}
		all.add(node);
		List<Node> children = new ArrayList<>(node.getChildNodes());
		if (node instanceof PointFreeExpr pointFree) {
			children.add(pointFree.getLeft());
			children.add(pointFree.getOperator());
			children.addAll(pointFree.getRight());
		}
		else if (node instanceof HalfPointFreeExpr half) {
			children.add(half.getOperator());
			children.addAll(half.getRight());
		}
		else if (node instanceof HalfBinaryExpr half) {
			children.add(half.getRight());
		}
		for (Node child : children) {
			if (child != null) {
				collect(child, all, seen);
			}
		}
	}

}
