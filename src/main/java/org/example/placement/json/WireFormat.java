package org.example.placement.json;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.example.placement.decision.Candidate;
import org.example.placement.decision.Decision;
import org.example.placement.decision.Location;
import org.example.placement.decision.Match;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.decision.RankedCandidate.Notification;
import org.example.placement.decision.Ranking;
import org.example.placement.decision.Whereabouts;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.module.SimpleModule;

/**
 * The wire format of the core's records, kept out of the core as mix-ins: a decision's
 * {@code trace} is never sent or stored with its response, what decisions before issue 10
 * lacked ({@code rankingMethod}, the statutory and local scores, decision-level
 * notifications) and a candidate's {@code providerNotForProfit} are left out when absent,
 * and the values the service derives from the postcodes are refused in a request
 * ({@link DerivedValue}).
 */
final class WireFormat extends SimpleModule {

	private static final long serialVersionUID = 1L;

	WireFormat() {
		super("placement-wire-format");
		setMixInAnnotation(Decision.class, DecisionMixin.class);
		setMixInAnnotation(RankedCandidate.class, RankedCandidateMixin.class);
		setMixInAnnotation(Candidate.class, CandidateMixin.class);
		setMixInAnnotation(Whereabouts.class, WhereaboutsMixin.class);
	}

	abstract static class DecisionMixin {

		@JsonIgnore
		List<Match> trace;

		@JsonInclude(JsonInclude.Include.NON_NULL)
		Ranking.Method rankingMethod;

		@JsonInclude(JsonInclude.Include.NON_EMPTY)
		List<Notification> notifications;

	}

	abstract static class RankedCandidateMixin {

		@JsonInclude(JsonInclude.Include.NON_NULL)
		Integer statutoryScore;

		@JsonInclude(JsonInclude.Include.NON_NULL)
		Integer localScore;

	}

	/**
	 * A candidate's whereabouts sit among its other values, as they always have; the
	 * Welsh-only {@code providerNotForProfit} (issue 14) is left out when absent, so a
	 * request logged before it existed is written exactly as it was.
	 */
	abstract static class CandidateMixin {

		@JsonUnwrapped
		Whereabouts whereabouts;

		@JsonInclude(JsonInclude.Include.NON_NULL)
		Boolean providerNotForProfit;

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
