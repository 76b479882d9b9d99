package org.example.placement.decision;

/** One reason a ruleset was rejected, located by file (relative to the rules directory) and line. */
public record RuleProblem(String file, int line, String message) {

	@Override
	public String toString() {
		return (line > 0 ? file + ":" + line : file) + " " + message;
	}

}
