package org.example.placement.decision;

import java.util.OptionalInt;

/**
 * Port to the verdicts of the {@link RulesetGate} recorded before (in the decision log's
 * database): that the scenarios passed against a ruleset, under a key that names every
 * input of that verdict (the rule files, the scenario files, the build of the
 * application, the JDK, the build mode, the adjacency overrides). A restart with the same
 * key may reuse the verdict instead of running every scenario again; any other key runs
 * them.
 */
public interface GateVerdicts {

	/** Records nothing and knows of no verdict: every ruleset is gated. */
	GateVerdicts NONE = new GateVerdicts() {

		@Override
		public OptionalInt passed(String key) {
			return OptionalInt.empty();
		}

		@Override
		public void recordPassed(String key, String rulesetVersion, int scenariosChecked, String build) {
			// nowhere to record it
		}

	};

	/** How many scenarios passed under {@code key}, if a pass is recorded for it. */
	OptionalInt passed(String key);

	/**
	 * Records that the ruleset passed {@code scenariosChecked} scenarios under
	 * {@code key}; a key recorded already (by another instance meanwhile) is kept as it
	 * is.
	 */
	void recordPassed(String key, String rulesetVersion, int scenariosChecked, String build);

}
