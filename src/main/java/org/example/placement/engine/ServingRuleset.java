package org.example.placement.engine;

import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetStatus;

/**
 * The ruleset the service decides with, as policy staff and operators see it (the rules
 * API, metrics, info): what serves, its status, and a reload. Evaluating requests is the
 * core's port, {@link org.example.placement.decision.RuleEngine}.
 */
public interface ServingRuleset {

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
