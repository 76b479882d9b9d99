package org.example.placement.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.IdentityHashMap;
import java.util.Collections;

import com.github.javaparser.ParseProblemException;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
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
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import com.github.javaparser.ParseResult;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.MvelParser;
import org.drools.mvel.parser.ParseStart;
import org.drools.mvel.parser.Providers;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;
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
			"org.example.placement.sufficiency.DutyYear", "org.example.placement.sufficiency.DutyChild",
			"org.example.placement.sufficiency.GroupNeed", "org.example.placement.sufficiency.NeedGroup",
			"org.example.placement.sufficiency.ProvidersInArea", "org.example.placement.sufficiency.MeasureChange",
			"org.example.placement.sufficiency.MeasureChange.Name");

	/** Types a pattern may match or a declared field may have without an import. */
	private static final Set<String> PLAIN_TYPES = Set.of("String", "Integer", "Long", "Double", "Boolean", "Short",
			"Byte", "Float", "Character", "Number", "Object", "int", "long", "double", "boolean", "short", "byte",
			"float", "char");

	/** Names that reach the machine the service runs on; refused wherever they appear. */
	private static final Set<String> FORBIDDEN_NAMES = Set.of("System", "Runtime", "Thread", "ThreadGroup",
			"ThreadLocal", "Class", "ClassLoader", "ProcessBuilder", "Process", "ProcessHandle", "MethodHandles",
			"MethodHandle", "Method", "Field", "Constructor", "Proxy", "Unsafe", "SecurityManager", "StackWalker",
			"Module", "ModuleLayer", "File", "Files", "Path", "Paths", "FileSystems", "FileInputStream",
			"FileOutputStream", "FileReader", "FileWriter", "RandomAccessFile", "ObjectInputStream",
			"ObjectOutputStream", "Socket", "ServerSocket", "URL", "URI", "URLClassLoader", "HttpClient", "InetAddress",
			"ScriptEngineManager", "InitialContext", "getClass", "forName", "getMethod", "getMethods",
			"getDeclaredMethod", "getDeclaredMethods", "getField", "getFields", "getDeclaredField", "getDeclaredFields",
			"getConstructor", "getDeclaredConstructor", "invoke", "invokeExact", "newInstance", "setAccessible",
			"loadClass", "getClassLoader", "getContextClassLoader", "exec", "exit", "halt", "getRuntime", "lookup",
			"kcontext", "getKieRuntime", "getWorkingMemory", "getKnowledgeRuntime",
			// MVEL reads getters as properties: $c.class.classLoader is
			// getClass().getClassLoader()
			"class", "classLoader", "contextClassLoader", "declaredMethods", "declaredFields", "declaredConstructors",
			"runtime", "kieRuntime", "workingMemory");

	/**
	 * Roots of fully qualified names (java.io.File, javax..., jdk..., sun..., org...,
	 * com...).
	 */
	private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io",
			"jakarta", "kotlin", "groovy", "scala", "mvel", "mvel2");

	private static final Set<String> OPERATORS = Set.of("in", "memberOf", "contains", "excludes", "matches",
			"soundslike", "str");

	private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average",
			"collectList", "collectSet");

	private static final String WHY = " (rules may not reach the system, threads, class loading, reflection, files or the network)";

	private final Map<String, PackageDescr> parsed = new LinkedHashMap<>();

	/**
	 * Fully qualified names of the facts the ruleset declares ({@code declare}), by
	 * simple name too.
	 */
	private final Set<String> declared = new HashSet<>();

	private final Map<String, Set<String>> declaredSimple = new HashMap<>();

	private final RuleFiles files;

	private final List<RuleProblem> problems;

	private RuleSandbox(RuleFiles files, List<RuleProblem> problems) {
		this.files = files;
		this.problems = problems;
	}

	/**
	 * Checks the DRL of every rule file ({@code path} to DRL; tables already converted),
	 * adding a problem with file and line for everything a rule may not do.
	 */
	static void check(RuleFiles files, Map<String, String> drl, List<RuleProblem> problems) {
		RuleSandbox sandbox = new RuleSandbox(files, problems);
		drl.forEach(sandbox::parse);
		sandbox.parsed.forEach(sandbox::check);
	}

	private void parse(String path, String text) {
		DrlParser parser = new DrlParser();
		PackageDescr pkg;
		try {
			pkg = parser.parse(false, text);
		}
		catch (DroolsParserException ex) {
			problems.add(new RuleProblem(path, 0, "cannot be read: " + ex.getMessage()));
			return;
		}
		if (parser.hasErrors() || pkg == null) {
			for (DroolsError error : parser.getErrors()) {
				int line = error instanceof ParserError p && !isTable(path) ? p.getRow() : 0;
				problems.add(new RuleProblem(path, Math.max(line, 0), error.getMessage().strip()));
			}
			if (parser.getErrors().isEmpty()) {
				problems.add(new RuleProblem(path, 0, "cannot be read as DRL"));
			}
			return;
		}
		parsed.put(path, pkg);
		for (TypeDeclarationDescr type : pkg.getTypeDeclarations()) {
			declared.add(pkg.getName() + "." + type.getTypeName());
			declaredSimple.computeIfAbsent(pkg.getName(), k -> new HashSet<>()).add(type.getTypeName());
		}
	}

	private void check(String path, PackageDescr pkg) {
		new FileCheck(path, pkg).run();
	}

	private boolean isTable(String path) {
		return path.endsWith(RuleFiles.TABLE);
	}

	/**
	 * The checks of one file; problems land on its DRL line, or for a table on the row of
	 * the rule.
	 */
	private final class FileCheck {

		private final String path;

		private final PackageDescr pkg;

		/**
		 * Simple names usable as types in this file: imports, same-package declarations,
		 * plain types.
		 */
		private final Set<String> types = new HashSet<>(PLAIN_TYPES);

		/** Simple names of the facts a consequence may create with {@code new}. */
		private final Set<String> facts = new HashSet<>();

		private String rule;

		FileCheck(String path, PackageDescr pkg) {
			this.path = path;
			this.pkg = pkg;
		}

		void run() {
			facts.addAll(declaredSimple.getOrDefault(pkg.getName(), Set.of()));
			types.addAll(facts);
			for (ImportDescr imp : pkg.getImports()) {
				checkImport(imp);
			}
			for (FunctionImportDescr imp : pkg.getFunctionImports()) {
				problem(imp, "import function " + imp.getTarget()
						+ " is not allowed: rules call no functions; what a rule needs is a field or method of a fact");
			}
			pkg.getAccumulateImports()
				.forEach(imp -> problem(imp, "import accumulate is not allowed: use the built-in accumulate functions "
						+ ACCUMULATE_FUNCTIONS));
			for (GlobalDescr global : pkg.getGlobals()) {
				problem(global, "global " + global.getIdentifier()
						+ " is not allowed: a rule reads only the facts of the request, so a decision can be replayed");
			}
			for (FunctionDescr function : pkg.getFunctions()) {
				problem(function, "function " + function.getName()
						+ " is not allowed: rules run no code of their own; Java does everything but the legal test");
			}
			pkg.getEnumDeclarations()
				.forEach(e -> problem(e, "declare enum is not allowed: use the decision model's enums"));
			pkg.getEntryPointDeclarations()
				.forEach(
						e -> problem(e, "entry-point declarations are not allowed: every fact comes from the request"));
			pkg.getWindowDeclarations().forEach(w -> problem(w, "window declarations are not allowed"));
			pkg.getAttributes().forEach(a -> problem(a, "package attribute " + a.getName() + " is not allowed"));
			for (TypeDeclarationDescr type : pkg.getTypeDeclarations()) {
				checkDeclaration(type);
			}
			for (RuleDescr r : pkg.getRules()) {
				rule = r.getName();
				checkRule(r);
				rule = null;
			}
		}

		private void checkImport(ImportDescr imp) {
			String target = imp.getTarget();
			String simple = target.substring(target.lastIndexOf('.') + 1);
			if (ALLOWED_IMPORTS.contains(target) || declared.contains(target)) {
				types.add(simple);
				if (declared.contains(target)) {
					facts.add(simple);
				}
				return;
			}
			problem(imp,
					"import " + target + " is not allowed: a rule may import only the decision model's facts"
							+ " and values ("
							+ String.join(", ", ALLOWED_IMPORTS.stream().map(RuleSandbox::simpleName).sorted().toList())
							+ ") and the facts the rules declare");
		}

		private void checkDeclaration(TypeDeclarationDescr type) {
			if (!type.getSuperTypes().isEmpty()) {
				problem(type, "declare " + type.getTypeName() + " may not extend another type");
			}
			annotations(type.getAnnotations(), type);
			for (TypeFieldDescr field : type.getFields().values()) {
				if (field.getInitExpr() != null && !field.getInitExpr().isBlank()) {
					problem(field, "field " + field.getFieldName() + " of " + type.getTypeName()
							+ " may not have an initial value: a declared fact only carries what the rule inserts");
				}
				String fieldType = field.getPattern() == null ? "?" : field.getPattern().getObjectType();
				if (!types.contains(fieldType)) {
					problem(field, "field " + field.getFieldName() + " of " + type.getTypeName() + " has type "
							+ fieldType
							+ ", which is not allowed: use String, numbers, booleans, dates or the decision model");
				}
				annotations(field.getAnnotations(), field);
			}
		}

		private void checkRule(RuleDescr r) {
			if (r instanceof QueryDescr) {
				problem(r, "query " + r.getName()
						+ " is not allowed: the service asks rules nothing but their findings, so no query is ever run");
				return;
			}
			if (r.getParentName() != null) {
				problem(r, "rule extends is not allowed: each rule states its own conditions");
			}
			annotations(r.getAnnotations(), r);
			r.getAttributes().forEach((name, value) -> attribute(r, name, value));
			if (!r.getNamedConsequences().isEmpty()) {
				problem(r, "named consequences (then[...], do[...]) are not allowed: a rule has one consequence");
			}
			if (r.getLhs() != null) {
				element(r.getLhs());
			}
			consequence(r);
		}

		private void attribute(RuleDescr r, String name, AttributeDescr value) {
			switch (name) {
				case "dialect" -> {
					if (!value.getValue().equals("java") && !value.getValue().equals("mvel")) {
						problem(r, "dialect " + value.getValue() + " is not allowed");
					}
				}
				case "salience" ->
					problem(r, "salience is not allowed: ranking is done in Java, rules stay order-independent");
				case "date-effective", "date-expires" ->
					problem(r, "date-effective/date-expires follow the wall clock; use @inForceFrom/@inForceUntil");
				case "agenda-group", "activation-group" ->
					problem(r, "agenda-group and activation-group are not allowed: rules stay order-independent");
				default -> problem(r, "rule attribute " + name + " is not allowed: a rule has metadata, a condition and"
						+ " one insertLogical");
			}
		}

		/**
		 * Drools evaluates each {@code @key(value)} as an expression while building: only
		 * literals pass.
		 */
		private void annotations(java.util.Collection<AnnotationDescr> annotations, BaseDescr owner) {
			for (AnnotationDescr annotation : annotations) {
				for (Object value : annotation.getValueMap().values()) {
					if (!(value instanceof String text) || !isLiteral(text)) {
						problem(annotationLine(annotation, owner), "@" + annotation.getName()
								+ " must be quoted text or a number: metadata is evaluated as code when the rules are built");
					}
				}
			}
		}

		/**
		 * The parser keeps no line on a rule's annotations: the first line from the
		 * rule's own on that names it.
		 */
		private int annotationLine(AnnotationDescr annotation, BaseDescr owner) {
			if (annotation.getLine() > 0 || isTable(path)) {
				return annotation.getLine();
			}
			String[] lines = files.contents().getOrDefault(path, "").split("\n", -1);
			for (int i = Math.max(owner.getLine() - 1, 0); i < lines.length; i++) {
				if (lines[i].strip().startsWith("@" + annotation.getName())) {
					return i + 1;
				}
			}
			return owner.getLine();
		}

		private boolean isLiteral(String text) {
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

		private void element(BaseDescr element) {
			if (element instanceof PatternDescr pattern) {
				pattern(pattern);
			}
			else if (element instanceof AndDescr || element instanceof OrDescr || element instanceof NotDescr
					|| element instanceof ExistsDescr || element instanceof ForallDescr) {
				for (BaseDescr child : ((org.drools.drl.ast.descr.ConditionalElementDescr) element).getDescrs()) {
					element(child);
				}
			}
			else if (element instanceof EvalDescr eval) {
				expression(String.valueOf(eval.getContent()), eval.getLine(), Use.EVAL);
			}
			else {
				problem(element, simpleName(element.getClass().getName()).replace("Descr", "")
						+ " is not allowed in a condition");
			}
		}

		private void pattern(PatternDescr pattern) {
			String type = pattern.getObjectType();
			if (pattern.isQuery()) {
				problem(pattern, "calling a query (" + type + ") is not allowed");
				return;
			}
			if (pattern.getSource() instanceof AccumulateDescr) {
				// the result of an accumulate: Number, List, ... checked with the
				// accumulate
			}
			else if (type != null && !types.contains(type)) {
				problem(pattern, "pattern type " + type + " is not allowed: match the decision model's facts and the"
						+ " facts the rules declare" + (forbidden(type) ? WHY : ""));
			}
			if (!pattern.getBehaviors().isEmpty()) {
				problem(pattern, "sliding windows (over window:...) are not allowed: rules do not read time");
			}
			for (BaseDescr constraint : pattern.getDescrs()) {
				if (constraint instanceof ExprConstraintDescr expr) {
					expression(expr.getExpression(), line(expr, pattern), Use.CONDITION);
				}
				else if (constraint instanceof BindingDescr binding) {
					expression(binding.getExpression(), line(binding, pattern), Use.CONDITION);
				}
				else {
					problem(constraint, "this kind of constraint is not allowed");
				}
			}
			if (pattern.getSource() != null) {
				source(pattern, pattern.getSource());
			}
		}

		private void source(PatternDescr pattern, BaseDescr source) {
			if (source instanceof FromDescr from) {
				expression(from.getDataSource().toString(), pattern.getLine(), Use.FROM);
			}
			else if (source instanceof CollectDescr collect) {
				pattern(collect.getInputPattern());
			}
			else if (source instanceof AccumulateDescr accumulate) {
				if (!accumulate.isExternalFunction()) {
					problem(pattern, "accumulate with inline code (init/action/result) is not allowed: use one of "
							+ ACCUMULATE_FUNCTIONS);
					return;
				}
				if (accumulate.getClass() != AccumulateDescr.class) {
					problem(pattern, "groupby is not allowed");
				}
				element(accumulate.getInput());
				for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
					if (!ACCUMULATE_FUNCTIONS.contains(function.getFunction())) {
						problem(pattern, "accumulate function " + function.getFunction()
								+ " is not allowed: use one of " + ACCUMULATE_FUNCTIONS);
					}
					for (String param : function.getParams()) {
						expression(param, pattern.getLine(), Use.FROM);
					}
				}
			}
			else {
				problem(pattern, simpleName(source.getClass().getName()).replace("Descr", "")
						+ " is not allowed as a source: facts come only from the request");
			}
		}

		private void expression(String text, int line, Use use) {
			Expression expr = parseWhole(text);
			if (expr == null) {
				problem(line, use.what + " cannot be checked (write it as a comparison of fields): " + oneLine(text));
				return;
			}
			new ExprCheck(line, expr.getBegin().map(p -> p.line).orElse(1), use, text).check(expr);
		}

		/**
		 * The whole of a constraint as one expression, or null. Drools' DRLX parser finds
		 * a binding ({@code $miles : distanceMiles != null}) but stops quietly before
		 * text it cannot read, so the expression after the binding is parsed again with
		 * the MVEL/DRLX expression parser, which must consume all of it.
		 */
		private Expression parseWhole(String text) {
			String rest = text.strip();
			try {
				DrlxExpression drlx = DrlxParser.parseExpression(DrlxParser.buildDrlxParserWithArguments(List.of()),
						rest);
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

		private void consequence(RuleDescr r) {
			String code = r.getConsequence() == null ? "" : r.getConsequence().toString().strip();
			int line = consequenceLine(r, code);
			BlockStmt block = block(code);
			if (block == null) {
				problem(line, "the consequence must be one insertLogical( RuleHit.of( drools.getRule(), $candidate ) ),"
						+ " insertLogical( RuleHit.forDecision( drools.getRule() ) ) or insertLogical( new <DeclaredFact>( ... ) )");
				return;
			}
			List<Statement> statements = block.getStatements();
			if (statements.size() != 1) {
				problem(line, "the consequence must be exactly one insertLogical(...); it has " + statements.size()
						+ " statements");
			}
			for (Statement statement : statements) {
				int at = line + statement.getBegin().map(p -> p.line - 2).orElse(0);
				int first = statement.getBegin().map(p -> p.line).orElse(2);
				new ExprCheck(at, first, Use.CONSEQUENCE, statement.toString()).forbiddenNames(statement);
				if (statement instanceof ExpressionStmt change
						&& change.getExpression() instanceof MethodCallExpr changing
						&& Set.of("modify", "update", "retract", "delete").contains(changing.getNameAsString())) {
					problem(at, changing.getNameAsString()
							+ "(...) is not allowed: rules insert findings and never change or remove facts");
					continue;
				}
				if (!(statement instanceof ExpressionStmt expr)
						|| !(expr.getExpression() instanceof MethodCallExpr call) || call.getScope().isPresent()
						|| !call.getNameAsString().equals("insertLogical") || call.getArguments().size() != 1) {
					problem(at,
							"the consequence may only insert a finding or a derived fact with insertLogical(...), not "
									+ oneLine(statement.toString()));
					continue;
				}
				inserted(call.getArgument(0), at, first);
			}
		}

		private void inserted(Expression what, int line, int first) {
			ExprCheck check = new ExprCheck(line, first, Use.CONSEQUENCE, what.toString());
			if (what instanceof MethodCallExpr call && call.getScope()
				.filter(s -> s.isNameExpr() && s.asNameExpr().getNameAsString().equals("RuleHit"))
				.isPresent()) {
				String name = call.getNameAsString();
				boolean of = name.equals("of") && call.getArguments().size() == 2 && isGetRule(call.getArgument(0))
						&& call.getArgument(1).isNameExpr();
				boolean forDecision = name.equals("forDecision") && call.getArguments().size() == 1
						&& isGetRule(call.getArgument(0));
				if (!of && !forDecision) {
					problem(line, "a finding is inserted as RuleHit.of( drools.getRule(), $candidate ) or"
							+ " RuleHit.forDecision( drools.getRule() ), not " + oneLine(what.toString()));
				}
				return;
			}
			if (what instanceof ObjectCreationExpr created && created.getScope().isEmpty()
					&& created.getAnonymousClassBody().isEmpty() && created.getTypeArguments().isEmpty()
					&& created.getType().getScope().isEmpty() && created.getType().getTypeArguments().isEmpty()) {
				String type = created.getType().getNameAsString();
				if (!facts.contains(type)) {
					problem(line,
							"new " + type + "(...) is not allowed: a rule may create only a fact the rules declare ("
									+ (facts.isEmpty() ? "none in this package"
											: String.join(", ", facts.stream().sorted().toList()))
									+ ")" + (forbidden(type) ? WHY : ""));
					return;
				}
				created.getArguments().forEach(check::argument);
				return;
			}
			problem(line, "insertLogical may insert only RuleHit.of(...), RuleHit.forDecision(...) or new"
					+ " <DeclaredFact>(...), not " + oneLine(what.toString()));
		}

		private BlockStmt block(String code) {
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

		/**
		 * The line of the consequence's first statement: the {@code then} line, or the
		 * first line after it holding code.
		 */
		private int consequenceLine(RuleDescr r, String code) {
			int then = r.getConsequenceLine();
			if (isTable(path) || then <= 0 || code.isEmpty()) {
				return then;
			}
			String[] lines = files.contents().getOrDefault(path, "").split("\n", -1);
			String first = code.lines().findFirst().orElse("").strip();
			for (int i = then - 1; i < lines.length; i++) {
				if (lines[i].contains(first)) {
					return i + 1;
				}
			}
			return then;
		}

		private boolean isGetRule(Expression e) {
			return e instanceof MethodCallExpr call && call.getNameAsString().equals("getRule")
					&& call.getArguments().isEmpty()
					&& call.getScope()
						.filter(s -> s.isNameExpr() && s.asNameExpr().getNameAsString().equals("drools"))
						.isPresent();
		}

		private int line(BaseDescr descr, BaseDescr fallback) {
			return descr.getLine() > 0 ? descr.getLine() : fallback.getLine();
		}

		private void problem(BaseDescr descr, String message) {
			problem(descr.getLine(), message);
		}

		private void problem(int drlLine, String message) {
			int line;
			String where = "";
			if (isTable(path)) {
				// a table's DRL is generated: point at the row of the rule (its NAME
				// cell), or the Import row
				line = rule != null ? files.lineOf(path, "\"" + rule + "\"") : files.lineOf(path, "\"Import\"");
				where = rule != null ? "rule " + rule + ": " : "";
			}
			else {
				line = Math.max(drlLine, 0);
			}
			problems.add(new RuleProblem(path, line, where + message));
		}

		/**
		 * One expression of a condition, a {@code from}, an {@code eval} or a consequence
		 * argument.
		 */
		private final class ExprCheck {

			private final int line;

			private final int base;

			private final Use use;

			private final String text;

			/**
			 * {@code line}: the rule-file line of the node beginning on line {@code base}
			 * of the parsed text.
			 */
			ExprCheck(int line, int base, Use use, String text) {
				this.line = line;
				this.base = base;
				this.use = use;
				this.text = text;
			}

			void check(Expression expr) {
				forbiddenNames(expr);
				node(expr);
			}

			/**
			 * A consequence argument: a variable, a literal, a bound fact's field or
			 * accessor, or drools.getRule().
			 */
			void argument(Expression arg) {
				if (isGetRule(arg)) {
					return;
				}
				forbiddenNames(arg);
				if (arg instanceof LiteralExpr || arg instanceof NameExpr || accessorChain(arg)) {
					return;
				}
				problem(at(arg),
						"an inserted fact's arguments may be variables, literals and fields of bound facts, not "
								+ describe(arg));
			}

			void forbiddenNames(Node node) {
				for (Node n : descendants(node)) {
					if (n instanceof SimpleName name && FORBIDDEN_NAMES.contains(name.getIdentifier())) {
						problem(at(n), name.getIdentifier() + " is not allowed in a rule" + WHY);
					}
					if (n instanceof NameExpr name && PACKAGE_ROOTS.contains(name.getNameAsString())) {
						problem(at(n), "fully qualified names (" + name.getNameAsString()
								+ ".…) are not allowed in a rule: import an allowed type" + WHY);
					}
					if (n instanceof com.github.javaparser.ast.expr.ClassExpr) {
						problem(at(n), "class literals (.class) are not allowed in a rule" + WHY);
					}
					if (n instanceof NameExpr name && name.getNameAsString().equals("drools")
							&& use != Use.CONSEQUENCE) {
						problem(at(n), "drools is not allowed in a condition");
					}
				}
			}

			private void node(Expression e) {
				if (e instanceof LiteralExpr || e instanceof NameExpr || e instanceof ThisExpr) {
					return;
				}
				if (e instanceof EnclosedExpr enclosed) {
					node(enclosed.getInner());
				}
				else if (e instanceof BinaryExpr binary) {
					node(binary.getLeft());
					node(binary.getRight());
				}
				else if (e instanceof UnaryExpr unary) {
					if (unary.getOperator().isPrefix() && unary.getOperator() != UnaryExpr.Operator.PREFIX_INCREMENT
							&& unary.getOperator() != UnaryExpr.Operator.PREFIX_DECREMENT) {
						node(unary.getExpression());
					}
					else {
						problem(at(e), "++ and -- are not allowed: a rule changes no value");
					}
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
				else if (e instanceof PointFreeExpr pointFree) {
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
				else if (e instanceof MethodCallExpr call) {
					call(call);
				}
				else if (e instanceof ObjectCreationExpr created) {
					problem(at(e), "new " + created.getType().getNameAsString() + "(...) is not allowed in " + use.what
							+ (forbidden(created.getType().getNameAsString()) ? WHY : ""));
				}
				else {
					problem(at(e), simpleName(e.getClass().getName()).replace("Expr", "").toLowerCase()
							+ " expressions are not allowed in " + use.what + ": " + describe(e));
				}
			}

			private void operator(SimpleName operator, Expression e) {
				if (!OPERATORS.contains(operator.getIdentifier())) {
					problem(at(e), "operator " + operator.getIdentifier() + " is not allowed");
				}
			}

			private void call(MethodCallExpr call) {
				String name = call.getNameAsString();
				if (use == Use.EVAL) {
					problem(at(call),
							"eval may not call methods (" + name + "): test the fact's fields in its pattern");
					return;
				}
				if (use == Use.FROM && !accessorChain(call)) {
					problem(at(call),
							"from and accumulate may only read a bound fact's fields (from $candidate.siblingsPlacedHere()),"
									+ " not call " + name + "(...)");
					return;
				}
				Expression root = root(call);
				if (root != null && !(root instanceof NameExpr || root instanceof ThisExpr)) {
					node(root);
				}
				if (root instanceof NameExpr type && isTypeName(type.getNameAsString())) {
					problem(at(call),
							"static method calls (" + type.getNameAsString() + "." + name + ") are not allowed in "
									+ use.what + ": only the methods of the matched facts"
									+ (forbidden(type.getNameAsString()) ? WHY : ""));
					return;
				}
				call.getScope().ifPresent(this::node);
				call.getArguments().forEach(this::node);
			}

			/**
			 * A bound variable, or fields and argument-less accessors read from it:
			 * {@code $candidate.siblingsPlacedHere()}.
			 */
			private boolean accessorChain(Expression e) {
				if (e instanceof NameExpr name) {
					return !isTypeName(name.getNameAsString());
				}
				if (e instanceof FieldAccessExpr field) {
					return accessorChain(field.getScope());
				}
				if (e instanceof MethodCallExpr call) {
					return call.getArguments().isEmpty()
							&& call.getScope().map(this::accessorChain).orElse(use == Use.CONDITION);
				}
				return false;
			}

			private Expression root(Expression e) {
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

			/**
			 * Drools' own expression nodes cannot print themselves; then the text they
			 * came from stands in.
			 */
			private String describe(Node n) {
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
				return line + n.getBegin().map(p -> Math.max(p.line - base, 0)).orElse(0);
			}

		}

	}

	/** What an expression is part of, which decides how much it may do. */
	private enum Use {

		CONDITION("a condition"), FROM("a from or accumulate"), EVAL("an eval"), CONSEQUENCE("a consequence");

		final String what;

		Use(String what) {
			this.what = what;
		}

	}

	/**
	 * A type, not a variable or field: types are capitalised, variables start with $ or
	 * lower case.
	 */
	private static boolean isTypeName(String name) {
		return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
	}

	private static boolean forbidden(String type) {
		return FORBIDDEN_NAMES.contains(simpleName(type)) || PACKAGE_ROOTS.contains(type.split("\\.")[0]);
	}

	private static String simpleName(String name) {
		return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
	}

	private static String oneLine(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		return flat.length() > 120 ? flat.substring(0, 117) + "..." : flat;
	}

	/**
	 * Every node under {@code node}, including the operands of Drools' own operators,
	 * which JavaParser's walk misses.
	 */
	private static List<Node> descendants(Node node) {
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
