package org.example.placement.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.example.placement.decision.Candidate;
import org.example.placement.decision.Comparison;
import org.example.placement.decision.Decision;
import org.example.placement.decision.ExplainedDecision;
import org.example.placement.decision.Location;
import org.example.placement.decision.Match;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.decision.RankedCandidate.Notification;
import org.example.placement.decision.Ranking;
import org.example.placement.decision.RuleSummary;
import org.example.placement.decision.Tier;
import org.example.placement.decision.Whereabouts;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.module.SimpleModule;

/**
 * The wire format of the core's records, kept out of the core as mix-ins: a decision's
 * {@code trace} is never sent or stored with its response, what decisions before issue 10
 * lacked ({@code rankingMethod}, the statutory and local scores, decision-level
 * notifications) is left out when absent, and the values the service derives from the
 * postcodes are refused in a request ({@link DerivedValue}). A decision is compact:
 * {@code rules} is always written (so a compact decision is told from one recorded in the
 * full shape, which never had it), a finding's null weight, empty {@code duties}, empty
 * comparison weights and absent costs are left out. A decision recorded in the full shape
 * still reads as a decision: the sentences and citations it carried are skipped, since
 * the compact form rebuilds them ({@link ExplainedDecision}, whose shape is the full
 * one).
 */
final class WireFormat extends SimpleModule {

	private static final long serialVersionUID = 1L;

	WireFormat() {
		super("placement-wire-format");
		setMixInAnnotation(Decision.class, DecisionMixin.class);
		setMixInAnnotation(RankedCandidate.class, RankedCandidateMixin.class);
		setMixInAnnotation(Candidate.class, CandidateMixin.class);
		setMixInAnnotation(Whereabouts.class, WhereaboutsMixin.class);
		setMixInAnnotation(RankedCandidate.Finding.class, FindingMixin.class);
		setMixInAnnotation(RankedCandidate.Approval.class, CitedMixin.class);
		setMixInAnnotation(RankedCandidate.Notification.class, CitedMixin.class);
		setMixInAnnotation(Comparison.class, ComparisonMixin.class);
		setMixInAnnotation(RuleSummary.class, RuleSummaryMixin.class);
		setMixInAnnotation(ExplainedDecision.class, ExplainedDecisionMixin.class);
		setMixInAnnotation(ExplainedDecision.Choice.class, RankedCandidateMixin.class);
	}

	abstract static class DecisionMixin {

		@JsonIgnore
		List<Match> trace;

		@JsonInclude(JsonInclude.Include.NON_NULL)
		Ranking.Method rankingMethod;

		@JsonInclude(JsonInclude.Include.NON_EMPTY)
		List<Notification> notifications;

		@JsonInclude(JsonInclude.Include.NON_EMPTY)
		List<Notification> duties;

		@JsonInclude(JsonInclude.Include.ALWAYS)
		Map<String, RuleSummary> rules;

	}

	/** Read from a decision recorded in the full shape, the sentences are skipped. */
	@JsonIgnoreProperties({ "title", "citation", "explanation" })
	abstract static class FindingMixin {

		@JsonInclude(JsonInclude.Include.NON_NULL)
		Integer weight;

	}

	@JsonIgnoreProperties({ "citation" })
	abstract static class CitedMixin {

	}

	@JsonIgnoreProperties({ "reason" })
	abstract static class ComparisonMixin {

		@JsonInclude(JsonInclude.Include.NON_EMPTY)
		Map<String, Integer> weights;

		@JsonInclude(JsonInclude.Include.NON_NULL)
		Comparison.Costs weeklyCosts;

	}

	abstract static class RuleSummaryMixin {

		@JsonInclude(JsonInclude.Include.NON_NULL)
		String source;

		@JsonInclude(JsonInclude.Include.NON_NULL)
		Tier tier;

	}

	/** The full shape, as decisions were answered before they were compact. */
	abstract static class ExplainedDecisionMixin {

		@JsonInclude(JsonInclude.Include.NON_NULL)
		Ranking.Method rankingMethod;

		@JsonInclude(JsonInclude.Include.NON_EMPTY)
		List<ExplainedDecision.Notice> notifications;

	}

	abstract static class RankedCandidateMixin {

		@JsonInclude(JsonInclude.Include.NON_NULL)
		Integer statutoryScore;

		@JsonInclude(JsonInclude.Include.NON_NULL)
		Integer localScore;

	}

	/** A candidate's whereabouts sit among its other values, as they always have. */
	abstract static class CandidateMixin {

		@JsonUnwrapped
		Whereabouts whereabouts;

	}

	abstract static class WhereaboutsMixin {

		@JsonDeserialize(using = DerivedValue.class)
		BigDecimal distanceMiles;

		@JsonDeserialize(using = DerivedValue.class)
		String localAuthority;

		@JsonDeserialize(using = DerivedValue.class)
		Location location;

		@JsonDeserialize(using = DerivedValue.class)
		Boolean atDistance;

	}

}
