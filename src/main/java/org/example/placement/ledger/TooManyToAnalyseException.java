package org.example.placement.ledger;

/**
 * An impact analysis asked for over HTTP whose window holds more logged decisions than
 * one request re-runs ({@code placement.impact.online-max-decisions}); nothing was
 * re-run. The window can be narrowed, or the whole log analysed offline with
 * {@code impact}.
 */
public class TooManyToAnalyseException extends RuntimeException {

	private final long found;

	private final long most;

	TooManyToAnalyseException(long found, long most) {
		super("the window holds " + found + " decisions, more than the " + most
				+ " one impact over HTTP re-runs: narrow from, to or authority, or run `java -jar <jar> impact`");
		this.found = found;
		this.most = most;
	}

	public long found() {
		return found;
	}

	public long most() {
		return most;
	}

}
