package org.example.placement.engine;

import org.example.placement.decision.RuleProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A ruleset that could not be read, or failed to compile, the metadata checks or its
 * scenarios; nothing of it is served.
 */
public class RulesetRejectedException extends RuntimeException {

	private final List<RuleProblem> problems;

	public RulesetRejectedException(List<RuleProblem> problems) {
		super("ruleset rejected:\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<RuleProblem> problems() {
		return problems;
	}

}
