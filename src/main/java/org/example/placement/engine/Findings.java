package org.example.placement.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.example.placement.decision.Effect;
import org.example.placement.decision.Match;
import org.example.placement.decision.RuleDefinition;
import org.jspecify.annotations.Nullable;

/**
 * Findings and firings in the order an evaluation reports them: by candidate reference,
 * then rule id, each once. Sorted by numbers rather than by comparing strings: each
 * rule's place in id order is worked out once per ruleset, each candidate reference's
 * place once per evaluation (a few hundred references, against some 150,000 string
 * comparisons to sort the findings of 1,000 candidates), and a finding is one
 * {@code long} of the two, so the order, and which are the same finding, is exactly that
 * of comparing the reference and then the id.
 */
final class Findings {

	/** Each rule by id, with its place in id order. */
	private final Map<String, Ranked> byId;

	/** The rules that classify ({@code DERIVE}), by id: the ones the trace records. */
	private final Map<String, Ranked> derivations;

	/** Each rule at its place in id order. */
	private final RuleDefinition[] byRank;

	Findings(Map<String, RuleDefinition> rules) {
		String[] ids = rules.keySet().toArray(String[]::new);
		Arrays.sort(ids);
		this.byRank = new RuleDefinition[ids.length];
		this.byId = new HashMap<>(ids.length * 2);
		this.derivations = new HashMap<>();
		for (int rank = 0; rank < ids.length; rank++) {
			Ranked ranked = new Ranked(rules.get(ids[rank]), rank);
			byRank[rank] = ranked.rule();
			byId.put(ids[rank], ranked);
			if (ranked.rule().effect() == Effect.DERIVE) {
				derivations.put(ids[rank], ranked);
			}
		}
	}

	/** The classifying rule of this id, or null for any other rule. */
	@Nullable Ranked derivation(String id) {
		return derivations.get(id);
	}

	/** A new, empty collection of one evaluation's findings and firings. */
	Collected collect() {
		return collect(16);
	}

	/** As above, sized for about this many candidate references. */
	Collected collect(int references) {
		return new Collected(references);
	}

	/** One evaluation's findings and trace, in order. */
	record Sorted(List<Match> findings, List<Match> trace) {
	}

	/** A rule and its place in id order. */
	record Ranked(RuleDefinition rule, int rank) {
	}

	/**
	 * One evaluation's findings (what rules inserted) and firings (classifications as
	 * they fired), each kept as the candidate reference's number (in order of first
	 * sight) and the rule's place. Read once everything is collected.
	 */
	final class Collected {

		private final Map<String, Integer> numbers;

		private final List<String> references;

		private long[] findings;

		private int findingCount;

		private long[] firings;

		private int firingCount;

		/** Each reference's place in string order, by number, once read. */
		private int @Nullable [] places;

		/** The references in string order, once read. */
		private String[] inOrder = new String[0];

		private Collected(int expected) {
			this.numbers = new HashMap<>((int) (expected / 0.75f) + 1);
			this.references = new ArrayList<>(expected);
			this.findings = new long[Math.max(64, expected * 8)];
			this.firings = new long[Math.max(16, expected * 2)];
		}

		/** A finding: rule {@code ruleId} inserted a hit about this candidate. */
		void finding(String ruleId, String candidateRef) {
			Ranked rule = byId.get(ruleId);
			if (rule == null) {
				throw new IllegalStateException("a hit names rule " + ruleId + ", not of this ruleset");
			}
			findings = add(findings, findingCount++, key(candidateRef, rule));
		}

		/** A classification that fired for this candidate. */
		void firing(Ranked rule, String candidateRef) {
			firings = add(firings, firingCount++, key(candidateRef, rule));
		}

		/**
		 * The findings, and the trace (every finding and every classification), each
		 * sorted and distinct.
		 */
		Sorted sorted() {
			long[] hits = sorted(findings, findingCount);
			long[] fired = sorted(firings, firingCount);
			List<Match> found = new ArrayList<>(hits.length);
			for (long key : hits) {
				found.add(match(key));
			}
			List<Match> trace = new ArrayList<>(hits.length + fired.length);
			int i = 0;
			int j = 0;
			while (i < hits.length || j < fired.length) {
				long next = (i == hits.length) ? fired[j] : (j == fired.length) ? hits[i] : Math.min(hits[i], fired[j]);
				boolean isFinding = i < hits.length && hits[i] == next;
				trace.add(isFinding ? found.get(i) : match(next));
				i += isFinding ? 1 : 0;
				j += (j < fired.length && fired[j] == next) ? 1 : 0;
			}
			return new Sorted(found, trace);
		}

		private long key(String candidateRef, Ranked rule) {
			if (places != null) {
				throw new IllegalStateException("findings already read");
			}
			Integer number = numbers.get(candidateRef);
			if (number == null) {
				number = references.size();
				numbers.put(candidateRef, number);
				references.add(candidateRef);
			}
			return ((long) number << 32) | rule.rank();
		}

		/** The keys sorted, each once ({@link FindingKeys}). */
		private long[] sorted(long[] keys, int count) {
			return FindingKeys.sortedDistinct(keys, count, places());
		}

		private int[] places() {
			int[] place = places;
			if (place == null) {
				inOrder = references.toArray(String[]::new);
				Arrays.sort(inOrder);
				place = new int[inOrder.length];
				for (int at = 0; at < inOrder.length; at++) {
					place[numbers.get(inOrder[at])] = at;
				}
				places = place;
			}
			return place;
		}

		private Match match(long key) {
			return new Match(byRank[(int) (key & FindingKeys.RANK)], inOrder[(int) (key >>> 32)]);
		}

		private static long[] add(long[] keys, int at, long key) {
			long[] grown = at < keys.length ? keys : Arrays.copyOf(keys, keys.length * 2);
			grown[at] = key;
			return grown;
		}

	}

}
