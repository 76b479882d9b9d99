package org.example.placement.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.example.placement.decision.Decision;
import org.example.placement.decision.Effect;
import org.example.placement.decision.LoggedDecision;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.decision.RankedCandidate.Status;
import org.example.placement.scenario.Expectation.CandidateExpectation;
import org.example.placement.scenario.Expectation.RuleOnCandidate;

/**
 * A logged decision as a scenario file with the full expectation: the request as given,
 * and the ranking, exclusions, approvals, notifications, every candidate's standing and
 * every rule that fired, as recorded. The {@code export} command writes it outside the
 * source tree ({@code ./data/exports/} by default): with the child's date of birth and
 * home postcode it is personal data; only an anonymised one ({@link Anonymiser}) belongs
 * in {@code test-scenarios/}.
 */
public final class AuditScenario {

	private AuditScenario() {
	}

	/**
	 * @param recorded the decision as recorded; @param fired the rules that fired, as
	 * recorded
	 */
	public static Scenario of(LoggedDecision logged, Decision recorded, List<RuleOnCandidate> fired) {
		return of(logged, logged.readableRequest(), recorded, fired);
	}

	/**
	 * The same, with {@code given} the request to write (the logged one with its child's
	 * identity taken out).
	 */
	public static Scenario of(LoggedDecision logged, org.example.placement.decision.DecisionRequest given,
			Decision recorded, List<RuleOnCandidate> fired) {
		Map<String, List<String>> excluded = new LinkedHashMap<>();
		Map<String, List<org.example.placement.decision.Approver>> approvals = new LinkedHashMap<>();
		Map<String, List<String>> notifications = new LinkedHashMap<>();
		Map<String, CandidateExpectation> candidates = new LinkedHashMap<>();
		for (RankedCandidate c : recorded.candidates()) {
			if (c.status() == Status.EXCLUDED) {
				excluded.put(c.ref(),
						c.findings()
							.stream()
							.filter(f -> f.effect() == Effect.EXCLUDE)
							.map(RankedCandidate.Finding::ruleId)
							.toList());
			}
			approvals.put(c.ref(), c.approvals().stream().map(RankedCandidate.Approval::approver).toList());
			notifications.put(c.ref(),
					c.notifications().stream().map(RankedCandidate.Notification::recipient).toList());
			candidates.put(c.ref(), new CandidateExpectation(c.rank(), c.status(), c.tier(), c.score(),
					c.distanceMiles(), c.location(), c.atDistance(), c.localAuthority()));
		}
		List<String> ranking = recorded.candidates()
			.stream()
			.filter(c -> c.rank() != null)
			.map(RankedCandidate::ref)
			.toList();
		Expectation expect = new Expectation(ranking, excluded, approvals, notifications, fired, List.of(), candidates,
				List.of());
		List<String> covers = fired.stream().map(RuleOnCandidate::rule).distinct().sorted().toList();
		String title = "Audit replay of decision " + logged.decisionId() + " recorded " + logged.recordedAt();
		return new Scenario(title, covers, new Scenario.Source(logged.decisionId(), logged.rulesetVersion()), given,
				expect);
	}

	/** The file name: the date recorded, then the decision id. */
	public static String fileName(LoggedDecision logged) {
		return logged.recordedAt().toString().substring(0, 10) + "-" + logged.decisionId() + ".yaml";
	}

}
