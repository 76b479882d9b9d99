package org.example.placement.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.example.placement.decision.RuleProblem;
import org.jspecify.annotations.Nullable;

/**
 * Every rule file of a ruleset read with the Drools DRL parser, once, before anything is
 * built: the sandbox checks these descriptors, and the metadata reader finds each rule's
 * file and line in them. A file the parser cannot read is a problem with its file and
 * line, and is left out.
 */
record DrlFiles(List<DrlFile> files) {

	/** Where a rule is written: its file and the line of the rule (a table's row). */
	record Place(String file, int line) {
	}

	DrlFiles {
		files = List.copyOf(files);
	}

	/** The DRL of every rule file ({@code path} to DRL; tables already converted). */
	static DrlFiles read(RuleFiles sources, Map<String, String> drl, List<RuleProblem> problems) {
		List<DrlFile> files = new ArrayList<>();
		drl.forEach((path, text) -> {
			SourceLines lines = RuleFiles.isTable(path) ? TableRows.of(path, sources.contents().getOrDefault(path, ""))
					: DrlLines.of(text);
			PackageDescr pkg = parse(path, text, lines, problems);
			if (pkg != null) {
				files.add(new DrlFile(path, pkg, lines));
			}
		});
		return new DrlFiles(files);
	}

	private static @Nullable PackageDescr parse(String path, String text, SourceLines lines,
			List<RuleProblem> problems) {
		DrlParser parser = new DrlParser();
		PackageDescr pkg;
		try {
			pkg = parser.parse(false, text);
		}
		catch (DroolsParserException ex) {
			problems.add(new RuleProblem(path, 0, "cannot be read: " + ex.getMessage()));
			return null;
		}
		if (!parser.hasErrors() && pkg != null) {
			return pkg;
		}
		for (DroolsError error : parser.getErrors()) {
			int row = error instanceof ParserError p ? p.getRow() : 0;
			problems.add(new RuleProblem(path, lines.parseError(row), error.getMessage().strip()));
		}
		if (parser.getErrors().isEmpty()) {
			problems.add(new RuleProblem(path, 0, "cannot be read as DRL"));
		}
		return null;
	}

	/** Where the rule {@code name} of package {@code pkg} is written. */
	Optional<Place> find(String pkg, String name) {
		for (DrlFile file : files) {
			if (!file.pkg().getName().equals(pkg)) {
				continue;
			}
			for (RuleDescr rule : file.pkg().getRules()) {
				if (rule.getName().equals(name)) {
					return Optional.of(new Place(file.path(), file.lines().rule(rule)));
				}
			}
		}
		return Optional.empty();
	}

}
