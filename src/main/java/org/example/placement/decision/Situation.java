package org.example.placement.decision;

import java.time.LocalDate;

/**
 * What the rules need to know about the request as a whole, derived once: the as-of date,
 * the responsible authority, whether it is an emergency, and the child's age on the as-of
 * date. Rules never read the wall clock; they read this.
 */
public record Situation(LocalDate asOf, String responsibleAuthority, boolean emergency, int childAge,
		boolean childInCare, String homeAuthority) {

	/**
	 * The situation of a request whose child lives at a home in {@code homeAuthority}.
	 */
	public static Situation of(DecisionRequest request, String homeAuthority) {
		Child child = request.child();
		return new Situation(request.asOf(), request.responsibleAuthority(), request.emergency(),
				child.ageOn(request.asOf()), child.inCare(), homeAuthority);
	}

}
