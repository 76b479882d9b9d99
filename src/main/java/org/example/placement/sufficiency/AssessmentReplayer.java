package org.example.placement.sufficiency;

import java.util.Optional;

import org.example.placement.decision.Geography;
import org.example.placement.decision.PlacementDecider;
import org.springframework.stereotype.Service;

/**
 * Replays a recorded assessment: the same files (checked against the hashes recorded),
 * authority and year end under the archived ruleset it was made under, compared with the
 * report as answered.
 */
@Service
public class AssessmentReplayer {

	private final AssessmentLog log;

	private final ArchivedRules rules;

	private final Geography geography;

	public AssessmentReplayer(AssessmentLog log, ArchivedRules rules, Geography geography) {
		this.log = log;
		this.rules = rules;
		this.geography = geography;
	}

	/** Empty when no assessment has that id. */
	public Optional<Replay> replay(String assessmentId) {
		return log.find(assessmentId).map(this::replay);
	}

	Replay replay(RecordedAssessment recorded) {
		ArchivedRules.Rules archived = rules.rulesOf(log.rulesetSources(recorded.rulesetVersion())
			.orElseThrow(() -> new IllegalStateException("ruleset " + recorded.rulesetVersion() + " is not archived")));
		SufficiencyAssessor assessor = new SufficiencyAssessor(archived.duty(),
				new PlacementDecider(archived.placement(), geography), geography);
		SufficiencyReport report = assessor.assess(recorded.authority(), recorded.yearEnd(), recorded.files(),
				Progress.NONE);
		String json = ReportFiles.json(report);
		return new Replay(recorded.assessmentId(), recorded.rulesetVersion(), json.equals(recorded.reportJson()),
				report);
	}

	/** Whether the replay gave the report as answered, and the report it gave. */
	public record Replay(String assessmentId, String rulesetVersion, boolean identical, SufficiencyReport report) {
	}

}
