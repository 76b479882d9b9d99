package org.example.placement.engine;

import java.util.Arrays;

/**
 * Sorts the keys of one evaluation's findings or firings ({@link Findings}): a candidate
 * reference's number in the high half of a {@code long}, a rule's place in id order in
 * the low half. Each reference's number is replaced by its place in string order, and the
 * keys come out in that order, then by the rule's place, each once: bucketed by place (a
 * counting sort over a few hundred references at most per evaluation), then each
 * reference's few rules sorted, where sorting every key as a {@code long} cost some 6% of
 * {@code evaluate} at 1 x 50.
 */
final class FindingKeys {

	/** The low half of a key: the rule's place. */
	static final long RANK = 0xFFFF_FFFFL;

	/** A bucket of more rules than this is sorted by the JDK rather than by insertion. */
	private static final int INSERTION_MAX = 24;

	private FindingKeys() {
	}

	/**
	 * The first {@code count} keys with each reference's number {@code n} replaced by
	 * {@code place[n]} (a permutation of {@code 0..place.length-1}), sorted, each once.
	 */
	static long[] sortedDistinct(long[] keys, int count, int[] place) {
		int[] start = new int[place.length + 1];
		for (int k = 0; k < count; k++) {
			start[place[(int) (keys[k] >>> 32)] + 1]++;
		}
		for (int p = 0; p < place.length; p++) {
			start[p + 1] += start[p];
		}
		int[] next = Arrays.copyOf(start, place.length);
		int[] ranks = new int[count];
		for (int k = 0; k < count; k++) {
			ranks[next[place[(int) (keys[k] >>> 32)]]++] = (int) (keys[k] & RANK);
		}
		long[] sorted = new long[count];
		int distinct = 0;
		for (int p = 0; p < place.length; p++) {
			sort(ranks, start[p], start[p + 1]);
			for (int at = start[p]; at < start[p + 1]; at++) {
				if (at == start[p] || ranks[at] != ranks[at - 1]) {
					sorted[distinct++] = ((long) p << 32) | ranks[at];
				}
			}
		}
		return distinct == count ? sorted : Arrays.copyOf(sorted, distinct);
	}

	private static void sort(int[] ranks, int from, int to) {
		if (to - from > INSERTION_MAX) {
			Arrays.sort(ranks, from, to);
			return;
		}
		for (int i = from + 1; i < to; i++) {
			int rank = ranks[i];
			int j = i - 1;
			while (j >= from && ranks[j] > rank) {
				ranks[j + 1] = ranks[j];
				j--;
			}
			ranks[j + 1] = rank;
		}
	}

}
