package org.example.placement.scenario;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.example.placement.decision.Approver;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.RankedCandidate;
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
	 * The scenario of a logged decision: {@code given} is the request to write (the
	 * logged one, or it with its child's identity taken out), {@code recorded} the
	 * decision as recorded and {@code fired} the rules that fired, as recorded.
	 */
	public static Scenario of(Logged logged, DecisionRequest given, Decision recorded, List<RuleOnCandidate> fired) {
		Map<String, List<String>> excluded = new LinkedHashMap<>();
		Map<String, List<Approver>> approvals = new LinkedHashMap<>();
		Map<String, List<String>> notifications = new LinkedHashMap<>();
		Map<String, CandidateExpectation> candidates = new LinkedHashMap<>();
		for (RankedCandidate c : recorded.candidates()) {
			if (c.excluded()) {
				excluded.put(c.ref(), c.excludedBy());
			}
			approvals.put(c.ref(), c.approvals().stream().map(RankedCandidate.Approval::approver).toList());
			notifications.put(c.ref(),
					recorded.notificationsOf(c).stream().map(RankedCandidate.Notification::recipient).toList());
			candidates.put(c.ref(), new CandidateExpectation(c.rank(), c.status(), c.tier(), c.score(),
					c.distanceMiles(), c.location(), c.atDistance(), c.localAuthority()));
		}
		Expectation expect = new Expectation(recorded.ranking(), excluded, approvals, notifications, fired, List.of(),
				candidates, List.of());
		List<String> covers = fired.stream().map(RuleOnCandidate::rule).distinct().sorted().toList();
		String title = "Audit replay of decision " + logged.decisionId() + " recorded " + logged.recordedAt();
		return new Scenario(title, covers, new Scenario.Source(logged.decisionId(), logged.rulesetVersion()), given,
				expect);
	}

	/** The file name: the date recorded, then the decision id. */
	public static String fileName(Logged logged) {
		return logged.recordedAt().toString().substring(0, 10) + "-" + logged.decisionId() + ".yaml";
	}

	/** Which logged decision: its id, when it was recorded, and under which ruleset. */
	public record Logged(String decisionId, Instant recordedAt, String rulesetVersion) {
	}

}
