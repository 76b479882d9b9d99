package org.example.placement.ledger;

/**
 * The page of a listing from the ledger (decisions or their access log): which page, from
 * 0, and how many entries on it, 1 to {@link #MAX_SIZE}. The one check of a page, for
 * every query; the HTTP API declares the same bounds on its parameters.
 */
public final class Page {

	public static final int MAX_SIZE = 1000;

	private Page() {
	}

	/**
	 * @throws IllegalArgumentException when the page is negative or the size out of range
	 */
	static void check(int page, int size) {
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("page must be >= 0 and size 1 to " + MAX_SIZE);
		}
	}

}
