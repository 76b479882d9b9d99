package org.example.placement.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.example.placement.decision.Decision;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.scenario.Expectation.CandidateExpectation;
import org.jspecify.annotations.Nullable;

/**
 * A failing scenario's expected and actual ranking side by side, with the scores, so a
 * policy officer sees what a change did without running anything else:
 *
 * <pre>
 *   expected ranking: 1. P-DURHAM, 2. P-CONSETT
 *   actual ranking:   1. P-CONSETT score 35 (statutory 20, local 15), 2. P-DURHAM score 30 (statutory 20, local 10)
 * </pre>
 */
final class Rankings {

	private Rankings() {
	}

	/**
	 * The lines for a scenario's expectation and the decision made; none when refused.
	 */
	static List<String> of(@Nullable Expectation expect, @Nullable Decision decision) {
		if (decision == null) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		Map<String, CandidateExpectation> stated = expect == null ? Map.of() : expect.candidates();
		if (expect != null && expect.ranking() != null) {
			List<String> expected = expect.ranking();
			lines.add("expected ranking: "
					+ numbered(expected.stream().map(ref -> ref + expectedScore(stated.get(ref))).toList()));
		}
		else if (stated.values().stream().anyMatch(c -> c.score() != null)) {
			lines.add("expected scores:  " + stated.entrySet()
				.stream()
				.filter(e -> e.getValue().score() != null)
				.map(e -> e.getKey() + " score " + e.getValue().score())
				.sorted()
				.collect(Collectors.joining(", ")));
		}
		lines.add("actual ranking:   " + numbered(
				decision.candidates().stream().filter(c -> c.rank() != null).map(Rankings::scored).toList()));
		List<String> excluded = decision.candidates()
			.stream()
			.filter(RankedCandidate::excluded)
			.map(c -> c.ref() + " by " + String.join(", ", c.excludedBy()))
			.toList();
		if (!excluded.isEmpty()) {
			lines.add("excluded:         " + String.join("; ", excluded));
		}
		return lines;
	}

	private static String expectedScore(@Nullable CandidateExpectation stated) {
		return stated == null || stated.score() == null ? "" : " score " + stated.score();
	}

	private static String scored(RankedCandidate c) {
		String parts = c.statutoryScore() == null ? ""
				: " (statutory " + c.statutoryScore() + ", local " + c.localScore() + ")";
		return c.ref() + " score " + c.score() + parts + (c.tier() == null ? "" : " " + c.tier());
	}

	private static String numbered(List<String> items) {
		if (items.isEmpty()) {
			return "(none)";
		}
		List<String> numbered = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			numbered.add((i + 1) + ". " + items.get(i));
		}
		return String.join(", ", numbered);
	}

}
