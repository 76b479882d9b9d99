package org.example.placement.web;

import java.time.Instant;

import org.example.placement.decision.Ruleset;

/**
 * The body of {@code GET /api/v1/rulesets/current}: which ruleset is serving, so a caller or an
 * operator can tell replicas apart and match a decision's {@code rulesetVersion}. The rules
 * themselves are at {@code /api/v1/rules}.
 */
record RulesetSummary(String version, Instant loadedAt, String location, int fileCount, int ruleCount) {

	static RulesetSummary of(Ruleset ruleset) {
		return new RulesetSummary(ruleset.version(), ruleset.loadedAt(), ruleset.location(), ruleset.files().size(),
				ruleset.rules().size());
	}

}
