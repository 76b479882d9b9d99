package org.example.placement.sufficiency;

import org.example.placement.decision.NeedGroup;
import java.math.BigDecimal;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A child looked after at year end, as the measures see it: the episode open at year end,
 * the header row (null when {@code header.csv} has none), the placements in the year, the
 * DfE distance from home (null unless both postcodes resolve), the upper-tier authority
 * of the placement postcode (null when it does not resolve), the age at year end (null
 * without a date of birth) and the need groups.
 */
public record ChildAtYearEnd(String child, Episode episode, @Nullable ChildHeader header, int placementsInYear,
		@Nullable BigDecimal distanceMiles, @Nullable String placementAuthority, @Nullable Integer age,
		Set<NeedGroup> groups) {

	static final BigDecimal TWENTY_MILES = new BigDecimal("20.0");

	public boolean distanceKnown() {
		return distanceMiles != null;
	}

	/** Distance > 20.0 miles (the DfE statistical band). */
	public boolean moreThan20Miles() {
		return distanceMiles != null && distanceMiles.compareTo(TWENTY_MILES) > 0;
	}

	public boolean outsideArea(String authority) {
		return placementAuthority != null && !placementAuthority.equals(authority);
	}

	public boolean threeOrMorePlacements() {
		return placementsInYear >= 3;
	}

	@Override
	public String toString() {
		return "ChildAtYearEnd[fields not shown: personal data]";
	}

}
