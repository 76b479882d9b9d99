package org.example.placement.sufficiency;

import java.time.LocalDate;

/**
 * The measures at one year end of the trend: every year end the data covers, from the
 * first 31 March on or after the earliest DECOM to the assessment's year end.
 */
public record TrendPoint(LocalDate yearEnd, int lookedAfterAtYearEnd, int startedInYear, int distanceKnown,
		int placedMoreThan20Miles, int areaKnown, int placedOutsideArea, int threeOrMorePlacements,
		Measures.FosterByProvider fosterByProvider) {

	static TrendPoint of(Cohort cohort, String authority) {
		Outcomes o = Outcomes.of(cohort.children(), authority);
		return new TrendPoint(cohort.yearEnd(), o.lookedAfterAtYearEnd(), cohort.startedInYear(), o.distanceKnown(),
				o.placedMoreThan20Miles(), o.areaKnown(), o.placedOutsideArea(), o.threeOrMorePlacements(),
				Measures.FosterByProvider.of(cohort.children()));
	}

}
