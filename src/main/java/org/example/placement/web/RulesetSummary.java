package org.example.placement.web;

import java.time.Instant;

import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetStatus;
import org.example.placement.decision.RulesetStatus.Rejection;

/**
 * The body of {@code GET /api/v1/rulesets/current}: which ruleset is serving, so a caller
 * or an operator can tell replicas apart and match a decision's {@code rulesetVersion};
 * how many scenarios it passed before it was let in (null when none were checked); and
 * the last rejected attempt to load a new ruleset (null once a good one has loaded since,
 * or the files on disk are the serving ones again). The rules themselves are at
 * {@code /api/v1/rules}.
 */
record RulesetSummary(String version, Instant loadedAt, String location, int fileCount, int ruleCount,
		Integer scenariosChecked, Rejection lastRejection) {

	static RulesetSummary of(RulesetStatus status) {
		Ruleset ruleset = status.current();
		return new RulesetSummary(ruleset.version(), ruleset.loadedAt(), ruleset.location(), ruleset.files().size(),
				ruleset.rules().size(), status.scenariosChecked(), status.lastRejection());
	}

}
