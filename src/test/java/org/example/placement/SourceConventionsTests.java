package org.example.placement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conventions of style.md that the compiler does not check, on the source of
 * {@code src/main} and {@code src/test}: a type is named by an import, not by its fully
 * qualified name inline ({@code java.util.List} in a method body). The one exception is
 * the one Java itself makes: a file that uses two types of the same simple name imports
 * one and qualifies the other.
 */
class SourceConventionsTests {

	static final JavaParser PARSER = new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_17));

	/** A package-qualified type name: lower-case segments, then a capitalised one. */
	static final Pattern QUALIFIED = Pattern.compile("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*.*");

	/**
	 * Qualified names that must stay qualified, by file name, where the clash is with a
	 * type the file does not name (an inherited nested type).
	 */
	static final Map<String, String> MUST_STAY_QUALIFIED = Map.of("EvictBrokenConnections.java: java.lang.Override",
			"Hikari's SQLExceptionOverride, which the class implements, has a nested enum named Override");

	@Test
	void noFullyQualifiedNamesInline() throws IOException {
		List<String> inline = new ArrayList<>();
		for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
					qualifiedNames(file).stream()
						.map((name) -> file.getFileName() + ": " + name)
						.filter((use) -> !MUST_STAY_QUALIFIED.containsKey(use))
						.forEach((use) -> inline.add(file.getParent() + "/" + use));
				}
			}
		}
		assertThat(inline).as("fully qualified names used inline instead of imported").isEmpty();
	}

	private static List<String> qualifiedNames(Path file) throws IOException {
		CompilationUnit unit = PARSER.parse(file).getResult().orElseThrow();
		Set<String> clashing = simpleNamesDeclaredOrImported(unit);
		List<String> qualified = new ArrayList<>();
		Stream
			.of(unit.findAll(ClassOrInterfaceType.class).stream().filter((type) -> type.getScope().isPresent()),
					unit.findAll(FieldAccessExpr.class).stream().filter(SourceConventionsTests::outermost),
					unit.findAll(AnnotationExpr.class).stream().map(AnnotationExpr::getName))
			.flatMap((nodes) -> nodes)
			.map(SourceConventionsTests::withoutTypeArguments)
			.filter((name) -> QUALIFIED.matcher(name).matches())
			.forEach(qualified::add);
		qualified.stream()
			.map(SourceConventionsTests::typeName)
			.collect(Collectors.groupingBy(SourceConventionsTests::simpleName, Collectors.toSet()))
			.forEach((simple, types) -> {
				if (types.size() > 1) {
					clashing.add(simple);
				}
			});
		return qualified.stream().filter((name) -> !clashing.contains(simpleName(name))).toList();
	}

	private static boolean outermost(FieldAccessExpr access) {
		return access.getParentNode().filter(FieldAccessExpr.class::isInstance).isEmpty();
	}

	private static String withoutTypeArguments(Node node) {
		String text = node instanceof ClassOrInterfaceType type ? type.asString() : node.toString();
		int generic = text.indexOf('<');
		return generic < 0 ? text : text.substring(0, generic);
	}

	/** The qualified name up to and including its first capitalised segment. */
	private static String typeName(String qualified) {
		return qualified.substring(0, qualified.indexOf(simpleName(qualified)) + simpleName(qualified).length());
	}

	/** The first capitalised segment: the type a qualified name names. */
	private static String simpleName(String qualified) {
		for (String segment : qualified.split("\\.")) {
			if (Character.isUpperCase(segment.charAt(0))) {
				return segment;
			}
		}
		return qualified;
	}

	private static Set<String> simpleNamesDeclaredOrImported(CompilationUnit unit) {
		Set<String> names = unit.getImports()
			.stream()
			.filter((imported) -> !imported.isAsterisk() && !imported.isStatic())
			.map((imported) -> imported.getName().getIdentifier())
			.collect(Collectors.toSet());
		unit.findAll(TypeDeclaration.class).forEach((type) -> names.add(type.getNameAsString()));
		return names;
	}

}
