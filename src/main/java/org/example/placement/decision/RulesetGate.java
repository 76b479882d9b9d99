package org.example.placement.decision;

import java.util.List;

/**
 * Port between the rule engine, which asks it, and the scenarios, which answer (two
 * modules that may not know each other): what a candidate ruleset must pass, beyond
 * compiling with complete metadata, before it may serve, at start-up and before every
 * reload (by the watcher or on request). The scenario module implements it with the
 * checks of the {@code validate} command, so the service and {@code validate} cannot
 * disagree about what is valid.
 */
public interface RulesetGate {

	/**
	 * Asks nothing beyond compiling with complete metadata: for rulesets no scenarios are
	 * kept for.
	 */
	RulesetGate NONE = new RulesetGate() {

		@Override
		public String version() {
			return "none";
		}

		@Override
		public Verdict check(Ruleset ruleset, RuleEngine candidate) {
			return new Verdict(null, List.of());
		}

	};

	/**
	 * What {@link #check} checks against now (for scenarios, a hash of their files). A
	 * rejected ruleset is checked again once this changes, so correcting a scenario is
	 * enough to let a change through, and is not checked again otherwise.
	 */
	String version();

	/**
	 * Checks a candidate ruleset that compiled with complete metadata, by evaluating
	 * requests with its engine; never touches the ruleset serving. Problems are located
	 * by file: a scenario file for a failing scenario, a rule file for a rule no scenario
	 * covers.
	 */
	Verdict check(Ruleset ruleset, RuleEngine candidate);

	/**
	 * How many scenarios the candidate was run against (null when there were none to run:
	 * no scenario directory), and every problem found; it may serve only when there are
	 * none.
	 */
	record Verdict(Integer scenariosChecked, List<RuleProblem> problems) {

		public Verdict {
			problems = List.copyOf(problems);
		}

		public boolean passed() {
			return problems.isEmpty();
		}

	}

}
