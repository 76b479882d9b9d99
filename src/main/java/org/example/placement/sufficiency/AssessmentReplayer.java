package org.example.placement.sufficiency;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.example.placement.decision.Geography;
import org.example.placement.decision.PlacementDecider;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays a recorded assessment: the same files (checked against the hashes recorded),
 * authority and year end under the archived ruleset it was made under, and the live view
 * of unmet need read from the decision log no further than it was read then, compared
 * with the report as answered.
 */
@Service
public class AssessmentReplayer {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AssessmentLog log;

	private final ArchivedRules rules;

	private final Geography geography;

	private final UnmetNeedLog decisions;

	public AssessmentReplayer(AssessmentLog log, ArchivedRules rules, Geography geography, UnmetNeedLog decisions) {
		this.log = log;
		this.rules = rules;
		this.geography = geography;
		this.decisions = decisions;
	}

	/** The assessment as recorded; empty when no assessment has that id. */
	public Optional<RecordedAssessment> find(String assessmentId) {
		return log.find(assessmentId);
	}

	/**
	 * The kept assessments of {@code authority} (of every authority when null or blank),
	 * newest first, of the permitted authorities only (every one when null).
	 */
	public List<AssessmentSummary> list(@Nullable String authority, @Nullable Set<String> permitted) {
		if (authority == null || authority.isBlank()) {
			return log.list(permitted);
		}
		String one = authority.strip();
		return permitted == null || permitted.contains(one) ? log.list(Set.of(one)) : List.of();
	}

	/**
	 * Replays an assessment as {@code reader} (recorded in the access log for the
	 * decisions the view reads again).
	 */
	public Replay replay(RecordedAssessment recorded, String reader) {
		ArchivedRules.Rules archived = rules.rulesOf(log.rulesetSources(recorded.rulesetVersion())
			.orElseThrow(() -> new IllegalStateException("ruleset " + recorded.rulesetVersion() + " is not archived")));
		SufficiencyAssessor assessor = new SufficiencyAssessor(archived.duty(),
				new PlacementDecider(archived.placement(), geography), geography);
		SufficiencyReport report = assessor.assess(recorded.authority(), recorded.yearEnd(), recorded.files(),
				Progress.NONE);
		report = report.withUnmetNeed(view(recorded, reader));
		String json = ReportFiles.json(report);
		return new Replay(recorded.assessmentId(), recorded.rulesetVersion(), json.equals(recorded.reportJson()),
				report);
	}

	/**
	 * The view as the assessment had it: read again as far as it was read, the same note
	 * when it was not read, none when the report had none (recorded before reports
	 * carried one).
	 */
	private @Nullable UnmetNeedFromDecisions view(RecordedAssessment recorded, String reader) {
		JsonNode view = JSON.readTree(recorded.reportJson()).get("unmetNeedFromDecisions");
		if (view == null || view.isNull()) {
			return null;
		}
		if (!view.path("included").asBoolean()) {
			return UnmetNeedFromDecisions.notIncluded(recorded.yearEnd(), view.path("note").asString());
		}
		return UnmetNeedFromDecisions.read(decisions, recorded.authority(), recorded.yearEnd(),
				view.path("throughSequence").asLong(), reader);
	}

	/** Whether the replay gave the report as answered, and the report it gave. */
	public record Replay(String assessmentId, String rulesetVersion, boolean identical, SufficiencyReport report) {
	}

}
