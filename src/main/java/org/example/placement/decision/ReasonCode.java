package org.example.placement.decision;

/**
 * Why a placements team chose a candidate other than the first-ranked eligible one: the
 * reasons practice gives for departing from a ranking, few enough to count. The free-text
 * {@code reason} beside it says what the code cannot.
 */
public enum ReasonCode {

	/** The child's wishes and feelings (Children Act 1989 s22(4)-(5)). */
	CHILD_WISHES,

	/**
	 * A court directed this placement; the only reason an EXCLUDED candidate may be
	 * chosen.
	 */
	COURT_ORDER,

	/** Contact with brothers and sisters placed elsewhere, or kept together. */
	SIBLING_CONTACT,

	/** Staying at the same school, or an exam year. */
	EDUCATION,

	/** The higher-ranked place was no longer available, or its carer declined. */
	VACANCY_LOST,

	/** A risk in matching with the children already living there. */
	MATCHING_RISK,

	/** Anything else; the reason says what. */
	OTHER

}
