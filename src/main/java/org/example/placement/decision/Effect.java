package org.example.placement.decision;

/**
 * What a rule does to a candidate: the closed vocabulary of rule metadata
 * {@code @effect}.
 */
public enum Effect {

	/**
	 * Establishes a classification other rules match on; internal, not shown as a
	 * finding.
	 */
	DERIVE,
	/** A statutory bar: the candidate cannot be used. */
	EXCLUDE,
	/** Places the candidate in a statutory tier (metadata {@code @tier}). */
	TIER,
	/** Someone must be told, by when (metadata {@code @recipient}, {@code @due}). */
	NOTIFY,
	/** Usable only with named sign-off (metadata {@code @approver}). */
	REQUIRE_APPROVAL,
	/** Adds {@code @weight} within a tier. */
	PREFER,
	/** Subtracts {@code @weight} within a tier. */
	DISFAVOUR,
	/** Informational; no effect on the ranking. */
	NOTE;

	/** Whether rules of this effect must carry a {@code @weight}. */
	public boolean weighted() {
		return this == PREFER || this == DISFAVOUR;
	}

	/** Whether findings of this effect are shown to callers. */
	public boolean visible() {
		return this != DERIVE;
	}

}
