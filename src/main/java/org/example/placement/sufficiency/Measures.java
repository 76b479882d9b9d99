package org.example.placement.sufficiency;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The measures of a sufficiency strategy at one year end, as the README defines them:
 * counts of children looked after at year end, except {@code startedInYear} (children
 * starting in the year) and {@code careLeavers} (the OC3 cohort). {@code distanceKnown}
 * is the denominator of {@code placedMoreThan20Miles}; {@code areaKnown} (placement
 * postcode resolves) that of {@code placedOutsideArea}.
 */
public record Measures(int lookedAfterAtYearEnd, int startedInYear, int distanceKnown, int placedMoreThan20Miles,
		int areaKnown, int placedOutsideArea, int threeOrMorePlacements, FosterByProvider fosterByProvider,
		CareLeavers careLeavers) {

	static Measures of(Cohort cohort, String authority, List<String> careLeaverAccommodation) {
		Outcomes outcomes = Outcomes.of(cohort.children(), authority);
		return new Measures(outcomes.lookedAfterAtYearEnd(), cohort.startedInYear(), outcomes.distanceKnown(),
				outcomes.placedMoreThan20Miles(), outcomes.areaKnown(), outcomes.placedOutsideArea(),
				outcomes.threeOrMorePlacements(), FosterByProvider.of(cohort.children()),
				CareLeavers.of(careLeaverAccommodation));
	}

	/**
	 * Children in foster care (PLACE U1-U6) at year end by PLACE_PROVIDER: PR1 in-house,
	 * PR4 or PR5 agency, anything else (or none) other.
	 */
	public record FosterByProvider(int inHouse, int agency, int other) {

		static FosterByProvider of(Collection<ChildAtYearEnd> children) {
			int inHouse = 0;
			int agency = 0;
			int other = 0;
			for (ChildAtYearEnd child : children) {
				String place = child.episode().place();
				if (place == null || !place.matches("U[1-6]")) {
					continue;
				}
				String provider = child.episode().placeProvider();
				if ("PR1".equals(provider)) {
					inHouse++;
				}
				else if ("PR4".equals(provider) || "PR5".equals(provider)) {
					agency++;
				}
				else {
					other++;
				}
			}
			return new FosterByProvider(inHouse, agency, other);
		}

		/** In-house as a percentage of all foster care, one decimal; null when none. */
		public @Nullable Double inHouseShare() {
			int all = inHouse + agency + other;
			return all == 0 ? null : Math.round(1000.0 * inHouse / all) / 10.0;
		}

	}

	/**
	 * Care leavers in {@code oc3.csv}: ACCOM whose second character is {@code 1}
	 * suitable, {@code 2} unsuitable, anything else (or none) unknown.
	 */
	public record CareLeavers(int cohort, int suitable, int unsuitable, int unknown) {

		static CareLeavers of(List<String> accommodation) {
			int suitable = 0;
			int unsuitable = 0;
			for (String accom : accommodation) {
				char second = accom.length() < 2 ? ' ' : accom.charAt(1);
				suitable += second == '1' ? 1 : 0;
				unsuitable += second == '2' ? 1 : 0;
			}
			return new CareLeavers(accommodation.size(), suitable, unsuitable,
					accommodation.size() - suitable - unsuitable);
		}

	}

}
