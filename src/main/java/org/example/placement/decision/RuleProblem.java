package org.example.placement.decision;

/**
 * One reason a ruleset was rejected, located by file and line: a rule file relative to
 * the rules directory, or the path of a scenario the ruleset fails (line 0 when no line
 * applies). A decision table's cell problem says its own row and column ("row 10, column
 * Weight: ..."), so its line is not repeated.
 */
public record RuleProblem(String file, int line, String message) {

	@Override
	public String toString() {
		if (line > 0 && message.startsWith("row " + line + ",")) {
			return file + " " + message;
		}
		return (line > 0 ? file + ":" + line : file) + " " + message;
	}

}
