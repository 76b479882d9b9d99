package org.example.placement.ledger;

import java.util.List;

/**
 * The outcome of replaying a logged decision under its archived ruleset and stored as-of date:
 * identical, or every difference between the response then and the response now, by JSON path.
 */
public record Replay(String decisionId, String rulesetVersion, boolean identical, List<Difference> differences) {

	public Replay {
		differences = List.copyOf(differences);
	}

	/** One value that differs: where, what was recorded, what the replay gave. */
	public record Difference(String path, String recorded, String replayed) {
	}

}
