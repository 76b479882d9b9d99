package org.example.placement.engine;

import java.util.HashSet;
import java.util.Set;

import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;

import static org.example.placement.engine.SandboxPolicy.ACCUMULATE_FUNCTIONS;
import static org.example.placement.engine.SandboxPolicy.PLAIN_TYPES;

/**
 * One rule file's package: its imports, declarations and what a package may not hold
 * (functions, globals, queries, windows, entry points), then each rule
 * ({@link RuleCheck}).
 */
final class PackageCheck {

	private final FileProblems problems;

	private final PackageDescr pkg;

	/** Fully qualified names of the facts the whole ruleset declares. */
	private final Set<String> declared;

	/**
	 * Simple names usable as types in this file: imports, same-package declarations,
	 * plain types.
	 */
	private final Set<String> types = new HashSet<>(PLAIN_TYPES);

	/** Simple names of the facts a consequence may create with {@code new}. */
	private final Set<String> facts = new HashSet<>();

	PackageCheck(FileProblems problems, Set<String> declared, Set<String> declaredHere) {
		this.problems = problems;
		this.pkg = problems.file().pkg();
		this.declared = declared;
		facts.addAll(declaredHere);
		types.addAll(declaredHere);
	}

	void run() {
		pkg.getImports().forEach(this::checkImport);
		for (FunctionImportDescr imp : pkg.getFunctionImports()) {
			problems.add(imp, "import function " + imp.getTarget()
					+ " is not allowed: rules call no functions; what a rule needs is a field or method of a fact");
		}
		pkg.getAccumulateImports()
			.forEach((imp) -> problems.add(imp,
					"import accumulate is not allowed: use the built-in accumulate functions " + ACCUMULATE_FUNCTIONS));
		for (GlobalDescr global : pkg.getGlobals()) {
			problems.add(global, "global " + global.getIdentifier()
					+ " is not allowed: a rule reads only the facts of the request, so a decision can be replayed");
		}
		for (FunctionDescr function : pkg.getFunctions()) {
			problems.add(function, "function " + function.getName()
					+ " is not allowed: rules run no code of their own; Java does everything but the legal test");
		}
		pkg.getEnumDeclarations()
			.forEach((e) -> problems.add(e, "declare enum is not allowed: use the decision model's enums"));
		pkg.getEntryPointDeclarations()
			.forEach((e) -> problems.add(e,
					"entry-point declarations are not allowed: every fact comes from the request"));
		pkg.getWindowDeclarations().forEach((w) -> problems.add(w, "window declarations are not allowed"));
		pkg.getAttributes().forEach((a) -> problems.add(a, "package attribute " + a.getName() + " is not allowed"));
		pkg.getTypeDeclarations().forEach(this::checkDeclaration);
		RuleCheck rules = new RuleCheck(problems, types, facts);
		for (RuleDescr rule : pkg.getRules()) {
			problems.inRule(rule.getName());
			rules.check(rule);
			problems.inRule(null);
		}
	}

	private void checkImport(ImportDescr imp) {
		String target = imp.getTarget();
		String simple = target.substring(target.lastIndexOf('.') + 1);
		if (RuleSandbox.ALLOWED_IMPORTS.contains(target) || declared.contains(target)) {
			types.add(simple);
			if (declared.contains(target)) {
				facts.add(simple);
			}
			return;
		}
		problems.add(imp,
				"import " + target + " is not allowed: a rule may import only the decision model's facts"
						+ " and values ("
						+ String.join(", ",
								RuleSandbox.ALLOWED_IMPORTS.stream().map(SandboxPolicy::simpleName).sorted().toList())
						+ ") and the facts the rules declare");
	}

	private void checkDeclaration(TypeDeclarationDescr type) {
		AnnotationCheck annotations = new AnnotationCheck(problems);
		if (!type.getSuperTypes().isEmpty()) {
			problems.add(type, "declare " + type.getTypeName() + " may not extend another type");
		}
		annotations.check(type.getAnnotations(), type);
		for (TypeFieldDescr field : type.getFields().values()) {
			if (field.getInitExpr() != null && !field.getInitExpr().isBlank()) {
				problems.add(field, "field " + field.getFieldName() + " of " + type.getTypeName()
						+ " may not have an initial value: a declared fact only carries what the rule inserts");
			}
			String fieldType = field.getPattern() == null ? "?" : field.getPattern().getObjectType();
			if (!types.contains(fieldType)) {
				problems.add(field,
						"field " + field.getFieldName() + " of " + type.getTypeName() + " has type " + fieldType
								+ ", which is not allowed: use String, numbers, booleans, dates or the decision model");
			}
			annotations.check(field.getAnnotations(), field);
		}
	}

}
