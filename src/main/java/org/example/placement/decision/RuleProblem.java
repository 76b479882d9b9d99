package org.example.placement.decision;

/**
 * One reason a ruleset was rejected, located by file and line: a rule file relative to
 * the rules directory, or the path of a scenario the ruleset fails (line 0 when no line
 * applies).
 */
public record RuleProblem(String file, int line, String message) {

	@Override
	public String toString() {
		return (line > 0 ? file + ":" + line : file) + " " + message;
	}

}
