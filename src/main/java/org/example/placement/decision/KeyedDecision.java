package org.example.placement.decision;

/**
 * The decision a calling system's idempotency key holds: either the one just recorded
 * with it ({@code first}), or one recorded under it before, as it was sent when first
 * made (its recorded response, so without its trace), with whether it was made for the
 * same request as the one now sent with the key: the same request as parsed, with
 * {@code asOf} filled in, whatever its layout.
 */
public record KeyedDecision(RecordedDecision recorded, boolean sameRequest, boolean first) {

	/** The decision just recorded under the key. */
	public static KeyedDecision ofNew(RecordedDecision recorded) {
		return new KeyedDecision(recorded, true, true);
	}

	/** A decision the key held already. */
	public static KeyedDecision ofEarlier(RecordedDecision recorded, boolean sameRequest) {
		return new KeyedDecision(recorded, sameRequest, false);
	}

	public Decision decision() {
		return recorded.decision();
	}

}
