package org.example.placement.decision;

import java.util.List;

/**
 * Port to the rules: evaluates one child against its candidates with only the rules in
 * force on the situation's as-of date (and the local layer of its responsible authority),
 * wholly under one ruleset version. Never modifies its inputs.
 */
public interface RuleEngine {

	Evaluation evaluate(Situation situation, Child child, List<Candidate> candidates);

	/** The ruleset currently serving. */
	Ruleset current();

	/** The ruleset serving and the last rejected attempt to replace it, if any since. */
	RulesetStatus status();

	/**
	 * Compiles the rules directory again, off the request path, and swaps the result in
	 * atomically if it is good; a bad ruleset is rejected and the current one keeps
	 * serving. When the files are the ones serving, nothing is compiled and an earlier
	 * rejection is cleared: it no longer describes what is on disk.
	 */
	RulesetStatus reload();

}
