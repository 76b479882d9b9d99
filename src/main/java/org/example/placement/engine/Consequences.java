package org.example.placement.engine;

import java.util.List;
import java.util.Set;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import org.drools.drl.ast.descr.RuleDescr;
import org.jspecify.annotations.Nullable;

/**
 * A rule's consequence as the sandbox allows it ({@link ConsequenceCheck}): one
 * {@code insertLogical( <fact> )}. Reads what it inserts, and rewrites it in the DRL a
 * KieBase is built from so that it inserts plainly ({@link PlainInserts#insert}), for the
 * rules whose inserts can never be withdrawn ({@link StableRules}). Policy staff keep
 * writing {@code insertLogical}; the rule files are not changed, only what is compiled.
 */
final class Consequences {

	/** The call a plain insert is compiled to, its first argument the rule's context. */
	static final String PLAIN = PlainInserts.class.getName() + ".insert( drools, ";

	private Consequences() {
	}

	/**
	 * The fact {@code rule}'s consequence inserts: {@code RuleHit.of(...)},
	 * {@code RuleHit.forDecision(...)} or {@code new <Fact>(...)}; null for any other
	 * consequence.
	 */
	static @Nullable Expression inserted(RuleDescr rule) {
		String code = rule.getConsequence() == null ? "" : rule.getConsequence().toString().strip();
		BlockStmt block = ConsequenceCheck.block(code);
		if (block == null || block.getStatements().size() != 1) {
			return null;
		}
		Statement statement = block.getStatement(0);
		if (!(statement instanceof ExpressionStmt expr) || !(expr.getExpression() instanceof MethodCallExpr call)
				|| call.getScope().isPresent() || !call.getNameAsString().equals("insertLogical")
				|| call.getArguments().size() != 1) {
			return null;
		}
		Expression what = call.getArgument(0);
		if (what.isObjectCreationExpr() && what.asObjectCreationExpr().getScope().isEmpty()
				&& what.asObjectCreationExpr().getType().getScope().isEmpty()
				&& what.asObjectCreationExpr().getAnonymousClassBody().isEmpty()) {
			return what;
		}
		if (what instanceof MethodCallExpr hit && hit.getScope()
			.filter((s) -> s.isNameExpr() && s.asNameExpr().getNameAsString().equals("RuleHit"))
			.isPresent() && Set.of("of", "forDecision").contains(hit.getNameAsString())) {
			return what;
		}
		return null;
	}

	/**
	 * {@code drl} with the consequence of each of {@code plain} (rules of this file)
	 * inserting plainly: the same fact, every later line where it was (so Drools' lines
	 * are still the file's).
	 */
	static String plain(String drl, List<RuleDescr> plain) {
		StringBuilder out = new StringBuilder(drl);
		// from the last rule back, so the earlier rules' offsets still hold
		List<RuleDescr> fromLast = plain.stream()
			.sorted((a, b) -> Integer.compare(b.getStartCharacter(), a.getStartCharacter()))
			.toList();
		for (RuleDescr rule : fromLast) {
			Expression what = inserted(rule);
			String code = String.valueOf(rule.getConsequence());
			int at = drl.lastIndexOf(code, rule.getEndCharacter());
			if (what == null || at < rule.getStartCharacter() || code.isBlank()) {
				throw new IllegalStateException("the consequence of " + rule.getName() + " cannot be rewritten");
			}
			String lines = "\n".repeat((int) code.chars().filter((c) -> c == '\n').count());
			out.replace(at, at + code.length(), " " + PLAIN + what + " );" + lines + " ");
		}
		return out.toString();
	}

}
