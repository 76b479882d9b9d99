package org.example.placement.ledger;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of replaying a logged decision under its archived ruleset and stored as-of
 * date. A replayable decision is {@code identical}, or comes with every difference
 * between the response then and the response now, by JSON path. A decision that cannot be
 * replayed at all (its ruleset is missing from the archive or no longer builds, or its
 * stored request can no longer be decided or compared) is {@code replayable: false}, not
 * identical, with no differences and the {@code reason}. A reason never quotes the stored
 * request: it describes a child.
 */
public record Replay(String decisionId, String rulesetVersion, boolean replayable, boolean identical,
		List<Difference> differences, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String reason) {

	public Replay {
		differences = List.copyOf(differences);
	}

	/**
	 * A decision replayed and compared with the response recorded: identical when nothing
	 * differs.
	 */
	static Replay compared(String decisionId, String rulesetVersion, List<Difference> differences) {
		return new Replay(decisionId, rulesetVersion, true, differences.isEmpty(), differences, null);
	}

	/** A decision that could not be replayed, and why. */
	static Replay notReplayable(String decisionId, String rulesetVersion, String reason) {
		return new Replay(decisionId, rulesetVersion, false, false, List.of(), reason);
	}

	/** One value that differs: where, what was recorded, what the replay gave. */
	public record Difference(String path, String recorded, String replayed) {
	}

}
