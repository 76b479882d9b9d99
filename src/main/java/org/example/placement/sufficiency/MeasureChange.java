package org.example.placement.sufficiency;

/**
 * A measure a local target is set on, at year end and the year before, as percentages
 * ({@code previousKnown} false when the data has no earlier year or no denominator).
 */
public record MeasureChange(Name name, double value, double previous, boolean valueKnown,
		boolean previousKnown) implements DutySubject {

	@Override
	public String ref() {
		return name.name();
	}

	/** The measures a target can be set on. */
	public enum Name {

		/** In-house foster care (PR1) as a percentage of foster care at year end. */
		IN_HOUSE_FOSTER_SHARE,
		/**
		 * Children placed more than 20 miles from home, as a percentage of distanceKnown.
		 */
		PLACED_MORE_THAN_20_MILES_SHARE

	}

}
