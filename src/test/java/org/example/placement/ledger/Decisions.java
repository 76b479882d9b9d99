package org.example.placement.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.example.placement.decision.Comparison;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Effect;
import org.example.placement.decision.Location;
import org.example.placement.decision.Match;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.decision.RuleDefinition;
import org.example.placement.decision.RulesetSources;
import org.example.placement.decision.Tier;
import org.example.placement.support.Candidates;
import org.example.placement.support.Children;

/**
 * Requests, decisions and rulesets to log, built with the domain records' own
 * constructors.
 */
final class Decisions {

	static final String DURHAM = Children.DURHAM;

	static final String SUNDERLAND = "E08000024";

	static final RulesetSources RULESET = new RulesetSources("sha256:" + "1".repeat(64),
			Map.of("england/preference/keep-siblings-together.drl", "rule \"ENG-S22C-8C\" ...",
					"local/default/distance-from-home.drl.csv", "\"RuleSet\",\"placement.local.default\""));

	private Decisions() {
	}

	/**
	 * A request as the service records it: as the caller sent it, so without derived
	 * geography.
	 */
	static DecisionRequest aRequestIn(String authority) {
		return new DecisionRequest(Children.AS_OF, authority, false, Children.aThirteenYearOldInCare(),
				List.of(Candidates.asSent(Candidates.anApprovedFosterCarer("FC-1")),
						Candidates.asSent(Candidates.aConnectedPersonCarer("FC-2"))));
	}

	static Decision aDecision(String decisionId, DecisionRequest request) {
		return aDecision(decisionId, request, RULESET.version());
	}

	/** FC-2 (connected person) recommended above FC-1, with the trace that says why. */
	static Decision aDecision(String decisionId, DecisionRequest request, String rulesetVersion) {
		RuleDefinition tier = rule("ENG-S22C-7A", Effect.TIER, null);
		RuleDefinition near = rule("LOCAL-DEFAULT-010", Effect.PREFER, 20);
		RankedCandidate first = new RankedCandidate("FC-2", 1, RankedCandidate.Status.RECOMMENDED,
				Tier.CONNECTED_PERSON_FOSTER, 0, new BigDecimal("8.0"), DURHAM, Location.IN, false,
				List.of(finding(tier)), List.of(), List.of());
		RankedCandidate second = new RankedCandidate("FC-1", 2, RankedCandidate.Status.ELIGIBLE, Tier.OTHER, 20,
				new BigDecimal("3.0"), DURHAM, Location.IN, false, List.of(finding(near)), List.of(), List.of());
		Comparison why = new Comparison("FC-2", "FC-1", Comparison.DecidedBy.TIER, List.of("ENG-S22C-7A"));
		return new Decision(decisionId, rulesetVersion, request.asOf(), request.responsibleAuthority(),
				List.of(first, second), List.of(why), List.of(new Match(tier, "FC-2"), new Match(near, "FC-1")));
	}

	private static RuleDefinition rule(String id, Effect effect, Integer weight) {
		return new RuleDefinition(id, "Title of " + id, "Children Act 1989 s22C(7)(a)", null, effect, weight, null,
				null, null, null, LocalDate.of(2011, 4, 1), null, "england", "england/" + id + ".drl");
	}

	private static RankedCandidate.Finding finding(RuleDefinition rule) {
		return new RankedCandidate.Finding(rule.id(), rule.effect(), rule.weight());
	}

}
