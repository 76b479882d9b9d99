package org.example.placement.sufficiency;

import org.example.placement.decision.NeedGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One sufficiency assessment: the JSON of {@code sufficiency.json} and of
 * {@code POST /api/v1/sufficiency-assessments} (field names fixed by issue 13; fields may
 * be added), and the per-child rows of {@code children.csv} ({@code children}, not in the
 * JSON). {@code inputs} is each input file's SHA-256, so an assessment can be replayed
 * from the same files. {@code unmetNeedFromDecisions} is the live view of unmet need from
 * the decision log ({@link UnmetNeedFromDecisions}). {@code equality} is reported only:
 * no rule or ranking reads it.
 */
public record SufficiencyReport(String authority, LocalDate yearEnd, String rulesetVersion, Measures measures,
		Duty duty, CouldBePlaced couldBePlacedInArea, List<TrendPoint> trend, List<Finding> findings,
		List<Problem> problems, ProvidersInArea providers, List<GroupNeed> range, Equality equality,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable UnmetNeedFromDecisions unmetNeedFromDecisions,
		Map<String, String> inputs, @JsonIgnore List<ChildDuty> children) {

	/**
	 * This report with the live view of unmet need from the decision log (null: none, as
	 * in an assessment recorded before reports carried one).
	 */
	public SufficiencyReport withUnmetNeed(@Nullable UnmetNeedFromDecisions view) {
		return new SufficiencyReport(authority, yearEnd, rulesetVersion, measures, duty, couldBePlacedInArea, trend,
				findings, problems, providers, range, equality, view, inputs, children);
	}

	/** Children by classification, in all and for each need group. */
	public record Duty(int met, int notMet, int excepted, int notApplicable, int unknown, int unclassified,
			Map<NeedGroup, DutyCounts> byGroup) {

		static Duty of(DutyCounts all, Map<NeedGroup, DutyCounts> byGroup) {
			return new Duty(all.met(), all.notMet(), all.excepted(), all.notApplicable(), all.unknown(),
					all.unclassified(), byGroup);
		}

	}

	/**
	 * Of the {@code notMet} children, how many the placement engine found at least one
	 * ELIGIBLE in-area place for ({@code count}), how many it could not run
	 * ({@code notRun}: no date of birth, legal status or home postcode), and the places,
	 * by child.
	 */
	public record CouldBePlaced(int count, int notMet, int notRun, Map<String, List<String>> places) {
	}

	/**
	 * A rule finding other than a child's classification (those are in {@code duty} and
	 * children.csv): a providers or range gap, or a local target with the measure, the
	 * target and whether it is met. {@code subject} is a group, {@code providers} or a
	 * measure.
	 */
	public record Finding(String ruleId, String title, String citation, @Nullable String source, String effect,
			String layer, String subject, @Nullable String measure, @Nullable Double value, @Nullable Double previous,
			@Nullable String target, @Nullable Boolean met) {
	}

	/** The measures and classification by sex and by ethnicity (header.csv codes). */
	public record Equality(Map<String, Group> bySex, Map<String, Group> byEthnicity) {

		/** One value of sex or ethnicity: its measures and duty classification. */
		public record Group(Outcomes measures, DutyCounts duty) {
		}

	}

}
