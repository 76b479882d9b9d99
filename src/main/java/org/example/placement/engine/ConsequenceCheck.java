package org.example.placement.engine;

import java.util.List;
import java.util.Set;

import com.github.javaparser.ParseProblemException;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import org.drools.drl.ast.descr.RuleDescr;
import org.jspecify.annotations.Nullable;

import static org.example.placement.engine.SandboxPolicy.WHY;
import static org.example.placement.engine.SandboxPolicy.forbidden;
import static org.example.placement.engine.SandboxPolicy.oneLine;

/**
 * A rule's consequence, read with JavaParser: exactly one {@code insertLogical(...)} of
 * {@code RuleHit.of(drools.getRule(), $fact)},
 * {@code RuleHit.forDecision(drools.getRule())} or {@code new <DeclaredFact>(...)} whose
 * arguments pass {@link ExprCheck#argument}.
 */
final class ConsequenceCheck {

	private static final Set<String> CHANGES = Set.of("modify", "update", "retract", "delete");

	private final FileProblems problems;

	/** Simple names of the facts a consequence may create with {@code new}. */
	private final Set<String> facts;

	ConsequenceCheck(FileProblems problems, Set<String> facts) {
		this.problems = problems;
		this.facts = facts;
	}

	void check(RuleDescr r) {
		String code = r.getConsequence() == null ? "" : r.getConsequence().toString().strip();
		int line = problems.lines().consequence(r);
		BlockStmt block = block(code);
		if (block == null) {
			problems
				.add(line, "the consequence must be one insertLogical( RuleHit.of( drools.getRule(), $candidate ) ),"
						+ " insertLogical( RuleHit.forDecision( drools.getRule() ) ) or insertLogical( new <DeclaredFact>( ... ) )");
			return;
		}
		List<Statement> statements = block.getStatements();
		if (statements.size() != 1) {
			problems.add(line, "the consequence must be exactly one insertLogical(...); it has " + statements.size()
					+ " statements");
		}
		for (Statement statement : statements) {
			statement(statement, line);
		}
	}

	private void statement(Statement statement, int line) {
		int at = line + statement.getBegin().map((p) -> p.line - 2).orElse(0);
		int first = statement.getBegin().map((p) -> p.line).orElse(2);
		new ExprSite(problems, at, first, ExprUse.CONSEQUENCE, statement.toString()).forbiddenNames(statement);
		if (statement instanceof ExpressionStmt change && change.getExpression() instanceof MethodCallExpr changing
				&& CHANGES.contains(changing.getNameAsString())) {
			problems.add(at, changing.getNameAsString()
					+ "(...) is not allowed: rules insert findings and never change or remove facts");
			return;
		}
		if (!(statement instanceof ExpressionStmt expr) || !(expr.getExpression() instanceof MethodCallExpr call)
				|| call.getScope().isPresent() || !call.getNameAsString().equals("insertLogical")
				|| call.getArguments().size() != 1) {
			problems.add(at, "the consequence may only insert a finding or a derived fact with insertLogical(...), not "
					+ oneLine(statement.toString()));
			return;
		}
		inserted(call.getArgument(0), at, first);
	}

	private void inserted(Expression what, int line, int first) {
		if (what instanceof MethodCallExpr call && call.getScope()
			.filter((s) -> s.isNameExpr() && s.asNameExpr().getNameAsString().equals("RuleHit"))
			.isPresent()) {
			hit(call, line);
			return;
		}
		if (what instanceof ObjectCreationExpr created && created.getScope().isEmpty()
				&& created.getAnonymousClassBody().isEmpty() && created.getTypeArguments().isEmpty()
				&& created.getType().getScope().isEmpty() && created.getType().getTypeArguments().isEmpty()) {
			String type = created.getType().getNameAsString();
			if (!facts.contains(type)) {
				problems.add(line,
						"new " + type + "(...) is not allowed: a rule may create only a fact the rules declare ("
								+ (facts.isEmpty() ? "none in this package"
										: String.join(", ", facts.stream().sorted().toList()))
								+ ")" + (forbidden(type) ? WHY : ""));
				return;
			}
			ExprCheck check = new ExprCheck(new ExprSite(problems, line, first, ExprUse.CONSEQUENCE, what.toString()));
			created.getArguments().forEach(check::argument);
			return;
		}
		problems.add(line, "insertLogical may insert only RuleHit.of(...), RuleHit.forDecision(...) or new"
				+ " <DeclaredFact>(...), not " + oneLine(what.toString()));
	}

	private void hit(MethodCallExpr call, int line) {
		String name = call.getNameAsString();
		boolean of = name.equals("of") && call.getArguments().size() == 2 && ExprCheck.isGetRule(call.getArgument(0))
				&& call.getArgument(1).isNameExpr();
		boolean forDecision = name.equals("forDecision") && call.getArguments().size() == 1
				&& ExprCheck.isGetRule(call.getArgument(0));
		if (!of && !forDecision) {
			problems.add(line, "a finding is inserted as RuleHit.of( drools.getRule(), $candidate ) or"
					+ " RuleHit.forDecision( drools.getRule() ), not " + oneLine(call.toString()));
		}
	}

	static @Nullable BlockStmt block(String code) {
		for (String attempt : List.of(code, code + ";")) {
			try {
				return StaticJavaParser.parseBlock("{\n" + attempt + "\n}");
			}
			catch (ParseProblemException ex) {
				// an MVEL consequence may leave out the last semicolon: try once more
			}
		}
		return null;
	}

}
