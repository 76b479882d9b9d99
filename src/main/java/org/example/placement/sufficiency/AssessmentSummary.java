package org.example.placement.sufficiency;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One kept assessment as a list shows it: which, when, for which authority and year end,
 * under which ruleset; nothing of its children.
 */
public record AssessmentSummary(String assessmentId, Instant recordedAt, String authority, LocalDate yearEnd,
		String rulesetVersion) {

}
