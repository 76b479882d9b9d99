package org.example.placement.engine;

import java.util.List;

import org.drools.drl.ast.descr.BaseDescr;
import org.example.placement.decision.RuleProblem;
import org.jspecify.annotations.Nullable;

/**
 * The problems the sandbox finds in one rule file, each on the file's own line: the DRL
 * line, or for a decision table the row of the rule being checked (or of its Import).
 */
final class FileProblems {

	private final DrlFile file;

	private final List<RuleProblem> problems;

	private @Nullable String rule;

	FileProblems(DrlFile file, List<RuleProblem> problems) {
		this.file = file;
		this.problems = problems;
	}

	DrlFile file() {
		return file;
	}

	SourceLines lines() {
		return file.lines();
	}

	/** Problems from now on are inside the rule {@code name}, or outside every rule. */
	void inRule(@Nullable String name) {
		rule = name;
	}

	void add(BaseDescr descr, String message) {
		add(descr.getLine(), message);
	}

	void add(int drlLine, String message) {
		problems.add(new RuleProblem(file.path(), lines().line(rule, drlLine), lines().where(rule) + message));
	}

}
