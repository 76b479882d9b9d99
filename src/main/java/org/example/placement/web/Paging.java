package org.example.placement.web;

import org.example.placement.ledger.Page;

/**
 * The {@code page} and {@code size} parameters every listing takes, declared on each with
 * Bean Validation ({@code @Min(0)} and {@code @Min(1) @Max(MAX_SIZE)}): 400 when out of
 * range, naming the parameter ({@link ProblemAdvice}).
 */
final class Paging {

	static final int MAX_SIZE = Page.MAX_SIZE;

	/** The problem's detail when a page or size is out of range. */
	static final String OUT_OF_RANGE = "page must be >= 0 and size 1 to " + MAX_SIZE;

	private Paging() {
	}

}
