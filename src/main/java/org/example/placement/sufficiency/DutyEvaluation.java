package org.example.placement.sufficiency;

import java.util.List;
import java.util.Map;

import org.example.placement.decision.RuleDefinition;
import org.example.placement.decision.RulesetSources;

/**
 * What the duty rules found, under which ruleset version: one finding per rule and
 * subject, in subject then rule order; {@code sources} are the files of that ruleset, for
 * the archive an assessment is replayed from.
 */
public record DutyEvaluation(String rulesetVersion, List<Finding> findings, RulesetSources sources) {

	public DutyEvaluation {
		findings = List.copyOf(findings);
	}

	/**
	 * A rule that fired for a subject ({@link DutySubject#ref}), with the terms its
	 * metadata states: {@code classification} (a classification rule), {@code measure},
	 * {@code target} and {@code met} (a local target).
	 */
	public record Finding(RuleDefinition rule, String subject, Map<String, String> terms) {

		public Finding {
			terms = Map.copyOf(terms);
		}

	}

}
