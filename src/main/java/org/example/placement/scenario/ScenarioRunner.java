package org.example.placement.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.example.placement.decision.Decision;
import org.example.placement.decision.InvalidRequestException;
import org.example.placement.decision.Match;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.scenario.Expectation.CandidateExpectation;
import org.example.placement.scenario.Expectation.RuleOnCandidate;

/**
 * Runs a scenario through the use case and compares the decision with its expectation. A
 * failure reads on its own: expected against actual ranking, and every rule that fired,
 * with its title and citation.
 */
public final class ScenarioRunner {

	private final PlacementDecider decider;

	public ScenarioRunner(PlacementDecider decider) {
		this.decider = decider;
	}

	public Result run(Scenario scenario) {
		Expectation expect = scenario.expect();
		if (expect != null && !expect.refused().isEmpty()) {
			return refusal(scenario, expect);
		}
		Decision decision = decider.decide(scenario.given());
		List<String> failures = new ArrayList<>();
		if (expect != null) {
			checkRanking(expect, decision, failures);
			checkExcluded(expect, decision, failures);
			checkApprovals(expect, decision, failures);
			checkTrace(expect, decision, failures);
			expect.candidates().forEach((ref, fields) -> checkCandidate(ref, fields, decision, failures));
		}
		return new Result(decision, failures);
	}

	/**
	 * A scenario whose request must be refused as undecidable, naming exactly the
	 * expected fields.
	 */
	private Result refusal(Scenario scenario, Expectation expect) {
		List<String> failures = new ArrayList<>();
		List<String> expected = expect.refused().stream().sorted().toList();
		if (!expect.fired().isEmpty()) {
			failures.add("fired: a refused request decides nothing, so no rule can fire in it");
		}
		try {
			Decision decision = decider.decide(scenario.given());
			failures.add("refused: expected a refusal naming " + expected + " but the request was decided");
			return new Result(decision, failures);
		}
		catch (InvalidRequestException ex) {
			List<String> actual = ex.errors().stream().map(InvalidRequestException.FieldError::field).sorted().toList();
			if (!actual.equals(expected)) {
				failures.add("refused: expected a refusal naming " + expected + " but it named " + actual);
			}
			return new Result(null, failures);
		}
	}

	private static void checkRanking(Expectation expect, Decision decision, List<String> failures) {
		if (expect.ranking() != null && !expect.ranking().equals(decision.ranking())) {
			failures.add("ranking: expected " + expect.ranking() + " but was " + decision.ranking());
		}
	}

	private static void checkExcluded(Expectation expect, Decision decision, List<String> failures) {
		if (expect.excluded() == null) {
			return;
		}
		Map<String, List<String>> actual = decision.candidates()
			.stream()
			.filter(RankedCandidate::excluded)
			.collect(Collectors.toMap(RankedCandidate::ref, RankedCandidate::excludedBy));
		if (!actual.keySet().equals(expect.excluded().keySet())) {
			failures.add("excluded: expected " + expect.excluded().keySet() + " but was " + actual.keySet());
		}
		expect.excluded().forEach((ref, rules) -> {
			List<String> by = actual.getOrDefault(ref, List.of());
			if (!by.containsAll(rules)) {
				failures.add("excluded " + ref + ": expected by " + rules + " but by " + by);
			}
		});
	}

	private static void checkApprovals(Expectation expect, Decision decision, List<String> failures) {
		compareLists("approvals", expect.approvals(), decision,
				c -> c.approvals().stream().map(a -> a.approver().name()).sorted().toList(), failures);
		// a candidate's notifications: its own and the duties owed for every candidate
		// alike, as the decision lists once
		compareLists("notifications", expect.notifications(), decision,
				c -> decision.notificationsOf(c)
					.stream()
					.map(RankedCandidate.Notification::recipient)
					.sorted()
					.toList(),
				failures);
	}

	private static void compareLists(String what, Map<String, ? extends List<?>> expected, Decision decision,
			Function<RankedCandidate, List<String>> actual, List<String> failures) {
		if (expected == null) {
			return;
		}
		expected.forEach((ref, values) -> {
			List<String> want = values.stream().map(Object::toString).sorted().toList();
			List<String> got = decision.candidate(ref).map(actual).orElse(null);
			if (!want.equals(got)) {
				failures.add(what + " " + ref + ": expected " + want + " but was " + got);
			}
		});
	}

	private static void checkTrace(Expectation expect, Decision decision, List<String> failures) {
		for (RuleOnCandidate r : expect.fired()) {
			if (!fired(decision, r)) {
				failures.add("expected " + r.rule() + " to fire for " + r.candidate() + " but it did not");
			}
		}
		for (RuleOnCandidate r : expect.notFired()) {
			if (fired(decision, r)) {
				failures.add("expected " + r.rule() + " not to fire for " + r.candidate() + " but it did");
			}
		}
	}

	private static boolean fired(Decision decision, RuleOnCandidate r) {
		return decision.trace()
			.stream()
			.anyMatch(m -> m.rule().id().equals(r.rule()) && m.candidateRef().equals(r.candidate()));
	}

	private static void checkCandidate(String ref, CandidateExpectation want, Decision decision,
			List<String> failures) {
		RankedCandidate got = decision.candidate(ref).orElse(null);
		if (got == null) {
			failures.add("candidate " + ref + " is not in the decision");
			return;
		}
		field(ref, "rank", want.rank(), got.rank(), failures);
		field(ref, "status", want.status(), got.status(), failures);
		field(ref, "tier", want.tier(), got.tier(), failures);
		field(ref, "score", want.score(), got.score(), failures);
		if (want.distanceMiles() != null
				&& (got.distanceMiles() == null || want.distanceMiles().compareTo(got.distanceMiles()) != 0)) {
			failures.add(ref + ".distanceMiles: expected " + want.distanceMiles() + " but was " + got.distanceMiles());
		}
		field(ref, "location", want.location(), got.location(), failures);
		field(ref, "atDistance", want.atDistance(), got.atDistance(), failures);
		field(ref, "localAuthority", want.localAuthority(), got.localAuthority(), failures);
	}

	private static void field(String ref, String name, Object want, Object got, List<String> failures) {
		if (want != null && !Objects.equals(want, got)) {
			failures.add(ref + "." + name + ": expected " + want + " but was " + got);
		}
	}

	/** The outcome of one scenario: the decision made and what did not match. */
	public record Result(Decision decision, List<String> failures) {

		public boolean passed() {
			return failures.isEmpty();
		}

		/** A readable account of the decision for failure messages. */
		public String report() {
			StringBuilder out = new StringBuilder();
			failures.forEach(f -> out.append("  - ").append(f).append('\n'));
			if (decision == null) {
				return out.append("  the request was refused: nothing was decided\n").toString();
			}
			out.append("  actual ranking: ").append(decision.ranking()).append('\n');
			out.append("  fired:\n");
			for (Match m : decision.trace()) {
				out.append("    ")
					.append(m.rule().id())
					.append(" for ")
					.append(m.candidateRef())
					.append(": ")
					.append(m.rule().title())
					.append(" [")
					.append(m.rule().citation())
					.append("]\n");
			}
			return out.toString();
		}

	}

}
