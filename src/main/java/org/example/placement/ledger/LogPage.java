package org.example.placement.ledger;

import java.util.List;

/**
 * One page of a log listing, newest first, and how many decisions match the query in all
 * (for "page 2 of 7, 312 decisions").
 */
public record LogPage(List<LoggedDecision> decisions, long total, int page, int size) {

	public LogPage {
		decisions = List.copyOf(decisions);
	}

	/** How many pages the matching decisions fill (at least one, though empty). */
	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

}
