package org.example.placement.sufficiency;

import org.jspecify.annotations.Nullable;

/**
 * A child looked after at year end as the duty rules see it, and no more:
 * {@code placementType} (PLACE), whether the authority determined that living in its area
 * is not consistent with the child's welfare (s22G(2)(b), welfare-exceptions.csv), and
 * the upper-tier authority of the placement postcode (null when it does not resolve).
 * Never sex, ethnicity or any other equality characteristic: those are reported only.
 */
public record DutyChild(String ref, @Nullable String placementType, boolean welfareException,
		@Nullable String placementAuthority) implements DutySubject {

	@Override
	public String toString() {
		return "DutyChild[fields not shown]";
	}

}
