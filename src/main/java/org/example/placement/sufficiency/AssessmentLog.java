package org.example.placement.sufficiency;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.example.placement.decision.RulesetSources;

/**
 * Port to where assessments are kept (the ledger's database): each with its input files,
 * their hashes, the ruleset version and the report, and the ruleset archived, so it can
 * be replayed exactly. Appended only.
 */
public interface AssessmentLog {

	/**
	 * Keeps the assessment and archives its ruleset ({@code sources}) in one transaction.
	 */
	void record(RecordedAssessment assessment, RulesetSources sources);

	Optional<RecordedAssessment> find(String assessmentId);

	/**
	 * The assessments of these authorities (of every authority when null), newest first.
	 */
	List<AssessmentSummary> list(@Nullable Set<String> authorities);

	/** The archived files of a ruleset version an assessment was made under. */
	Optional<RulesetSources> rulesetSources(String version);

}
