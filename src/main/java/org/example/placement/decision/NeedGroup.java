package org.example.placement.decision;

import java.util.EnumSet;
import java.util.Set;

/**
 * The groups of children whose needs a sufficiency strategy looks at separately (issue
 * 13), as far as a placement request shows them. Derived from request fields only:
 * <ul>
 * <li>{@code TEENAGER}: {@code child.dateOfBirth} gives 13 or over on {@code asOf};</li>
 * <li>{@code DISABLED}: {@code child.disabled};</li>
 * <li>{@code UASC}: {@code child.uasc}, which new requests may not send {@code true}
 * (issue 10), so only requests logged before then can show it;</li>
 * <li>{@code YOUNG_PARENT}: no request field says a child is a parent, so it is never
 * derived from a request (the SSDA903 return's MOTHER column feeds it there);</li>
 * <li>{@code SIBLING_GROUP}: {@code child.siblingsToBePlaced} names a sibling to be
 * placed with the child.</li>
 * </ul>
 */
public enum NeedGroup {

	TEENAGER, DISABLED, UASC, YOUNG_PARENT, SIBLING_GROUP;

	/** The age from which a child counts as a teenager here. */
	public static final int TEENAGER_FROM_AGE = 13;

	/** The groups the request shows the child in, on the request's {@code asOf}. */
	public static Set<NeedGroup> of(DecisionRequest request) {
		Child child = request.child();
		Set<NeedGroup> groups = EnumSet.noneOf(NeedGroup.class);
		if (child.ageOn(request.asOf()) >= TEENAGER_FROM_AGE) {
			groups.add(TEENAGER);
		}
		if (child.disabled()) {
			groups.add(DISABLED);
		}
		if (child.uasc()) {
			groups.add(UASC);
		}
		if (!child.siblingsToBePlaced().isEmpty()) {
			groups.add(SIBLING_GROUP);
		}
		return groups;
	}

}
