package org.example.placement.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.example.placement.decision.RuleProblem;

/**
 * Rules cannot run code. Every rule file (a decision table after its conversion to DRL)
 * is read with the Drools DRL parser into its descriptor tree, before anything is built,
 * and refused, with file and line, unless it stays inside what a rule needs:
 * <ul>
 * <li>imports only from an allow-list: the decision model's fact and value types,
 * {@link RuleHit}, and the facts the ruleset itself declares;</li>
 * <li>no {@code function}, {@code query}, {@code global}, {@code import function},
 * {@code import accumulate}, enum, window or entry-point declaration, no rule attribute
 * but {@code dialect}, no rule inheritance, no named consequence;</li>
 * <li>metadata values only quoted text or numbers (Drools evaluates {@code @key(value)}
 * as code when it builds);</li>
 * <li>declared facts: fields without initial values, of plain types, extending
 * nothing;</li>
 * <li>conditions (read as DRLX expressions with Drools' JavaParser-based parser):
 * comparisons, the fact's own fields and methods and those of bound facts; no static
 * call, no {@code new}, no assignment, lambda, cast or class literal; {@code from} and
 * accumulate arguments only read fields (accessors without arguments) of bound facts;
 * {@code eval} calls no method at all; accumulate only with the built-in functions, never
 * inline code;</li>
 * <li>the consequence (read with JavaParser) is exactly one {@code insertLogical(...)} of
 * {@code RuleHit.of(drools.getRule(), $fact)},
 * {@code RuleHit.forDecision(drools.getRule())} or {@code new <DeclaredFact>(...)} whose
 * arguments are bound variables, literals, fields and accessors of bound facts, or
 * {@code drools.getRule()};</li>
 * <li>nowhere a reference to {@code System}, {@code Runtime}, {@code Thread},
 * {@code Class}, {@code ClassLoader}, reflection, I/O, network or process types, or a
 * fully qualified name.</li>
 * </ul>
 * Nothing of a refused ruleset is built, so no refused construct ever runs, not even the
 * metadata expressions Drools evaluates while building.
 */
final class RuleSandbox {

	/**
	 * The decision model types a rule may import: the facts inserted and the values they
	 * expose.
	 */
	static final Set<String> ALLOWED_IMPORTS = Set.of("org.example.placement.engine.RuleHit",
			"org.example.placement.decision.Candidate", "org.example.placement.decision.Candidate.TemporaryApproval",
			"org.example.placement.decision.Candidate.TemporaryApproval.Regulation",
			"org.example.placement.decision.Candidate.ApprovalTerms", "org.example.placement.decision.Child",
			"org.example.placement.decision.Child.School", "org.example.placement.decision.Situation",
			"org.example.placement.decision.CarerApproval", "org.example.placement.decision.Location",
			"org.example.placement.decision.Setting", "org.example.placement.decision.OfstedRating",
			"org.example.placement.decision.PlacementKind", "org.example.placement.sufficiency.DutyYear",
			"org.example.placement.sufficiency.DutyChild", "org.example.placement.sufficiency.GroupNeed",
			"org.example.placement.decision.NeedGroup", "org.example.placement.sufficiency.ProvidersInArea",
			"org.example.placement.sufficiency.MeasureChange", "org.example.placement.sufficiency.MeasureChange.Name");

	private RuleSandbox() {
	}

	/**
	 * Checks the DRL of every rule file ({@code path} to DRL; tables already converted),
	 * adding a problem with file and line for everything a rule may not do.
	 */
	static void check(RuleFiles files, Map<String, String> drl, List<RuleProblem> problems) {
		check(DrlFiles.read(files, drl, problems), problems);
	}

	/** Checks every rule file the DRL parser could read ({@link PackageCheck}). */
	static void check(DrlFiles files, List<RuleProblem> problems) {
		Set<String> declared = new HashSet<>();
		Map<String, Set<String>> declaredSimple = new HashMap<>();
		for (DrlFile file : files.files()) {
			PackageDescr pkg = file.pkg();
			for (TypeDeclarationDescr type : pkg.getTypeDeclarations()) {
				declared.add(pkg.getName() + "." + type.getTypeName());
				declaredSimple.computeIfAbsent(pkg.getName(), (k) -> new HashSet<>()).add(type.getTypeName());
			}
		}
		for (DrlFile file : files.files()) {
			Set<String> here = declaredSimple.getOrDefault(file.pkg().getName(), Set.of());
			new PackageCheck(new FileProblems(file, problems), declared, here).run();
		}
	}

}
