package org.example.placement.sufficiency;

import java.util.Collection;

/**
 * The per-child measures over some children looked after at year end: all of them, or
 * those of one sex or ethnicity (the equality breakdown), with the duty classification
 * counts when they are known.
 */
public record Outcomes(int lookedAfterAtYearEnd, int distanceKnown, int placedMoreThan20Miles, int areaKnown,
		int placedOutsideArea, int threeOrMorePlacements) {

	static Outcomes of(Collection<ChildAtYearEnd> children, String authority) {
		int distanceKnown = 0;
		int far = 0;
		int areaKnown = 0;
		int outside = 0;
		int unstable = 0;
		for (ChildAtYearEnd child : children) {
			distanceKnown += child.distanceKnown() ? 1 : 0;
			far += child.moreThan20Miles() ? 1 : 0;
			areaKnown += child.placementAuthority() != null ? 1 : 0;
			outside += child.outsideArea(authority) ? 1 : 0;
			unstable += child.threeOrMorePlacements() ? 1 : 0;
		}
		return new Outcomes(children.size(), distanceKnown, far, areaKnown, outside, unstable);
	}

}
