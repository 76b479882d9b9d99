package org.example.placement.sufficiency;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One assessment as kept: who asked, for which authority and year end, under which
 * ruleset, from which files (their bytes; each file's hash is in the report's
 * {@code inputs}) and the report's JSON as answered.
 */
public record RecordedAssessment(String assessmentId, Instant recordedAt, String caller, String authority,
		LocalDate yearEnd, String rulesetVersion, ReturnFiles files, String reportJson) {

	@Override
	public String toString() {
		return "RecordedAssessment[" + assessmentId + ", files and report not shown]";
	}

}
