package org.example.placement.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.example.placement.decision.Match;

/**
 * Findings and firings in the order an evaluation reports them: by candidate, then rule
 * id, each once.
 */
final class Findings {

	/**
	 * By candidate reference, then rule id: written out rather than composed from key
	 * extractors, as it runs some 150,000 times for 1,000 candidates.
	 */
	private static final Comparator<Match> BY_CANDIDATE_AND_RULE = (a, b) -> {
		int byCandidate = a.candidateRef().compareTo(b.candidateRef());
		return byCandidate != 0 ? byCandidate : a.rule().id().compareTo(b.rule().id());
	};

	private Findings() {
	}

	/** Two sorted, distinct lists as one sorted list: what both hold, once. */
	static List<Match> merged(List<Match> first, List<Match> second) {
		List<Match> merged = new ArrayList<>(first.size() + second.size());
		int i = 0;
		int j = 0;
		while (i < first.size() || j < second.size()) {
			int order = i == first.size() ? 1
					: j == second.size() ? -1 : BY_CANDIDATE_AND_RULE.compare(first.get(i), second.get(j));
			merged.add(order <= 0 ? first.get(i) : second.get(j));
			i += order <= 0 ? 1 : 0;
			j += order >= 0 ? 1 : 0;
		}
		return merged;
	}

	/**
	 * Session object order is an implementation detail; sorted and distinct, findings are
	 * deterministic. Sorted by candidate and rule id, a repeated finding is next to its
	 * first (ids are unique in a ruleset), so it is dropped without hashing its rule.
	 */
	static List<Match> sorted(List<Match> matches) {
		matches.sort(BY_CANDIDATE_AND_RULE);
		List<Match> distinct = new ArrayList<>(matches.size());
		Match previous = null;
		for (Match match : matches) {
			if (previous == null || BY_CANDIDATE_AND_RULE.compare(previous, match) != 0) {
				distinct.add(match);
			}
			previous = match;
		}
		return distinct;
	}

}
