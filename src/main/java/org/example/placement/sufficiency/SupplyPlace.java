package org.example.placement.sufficiency;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import java.util.Locale;
import java.util.Set;

/**
 * One row of {@code supply.csv} (this project's format, see the README): a place or carer
 * household the authority can use. {@code placementType} and {@code provider} are SSDA903
 * codes (PLACE, PLACE_PROVIDER); ages are whole years, inclusive. {@code notForProfit}
 * (optional, read for a Welsh authority only) is whether the provider is a not-for-profit
 * entity (RISCA s6A(2)-(4)).
 */
public record SupplyPlace(String ref, String placementType, @Nullable String provider, String postcode, int vacancies,
		int minAge, int maxAge, boolean suitableForDisabled, @Nullable Boolean registered,
		@Nullable String ofstedRating, @Nullable BigDecimal weeklyCost, boolean takesSiblingGroups,
		boolean parentAndChild, @Nullable Boolean notForProfit) {

	static SupplyPlace from(CsvRow row) {
		SupplyPlace place = new SupplyPlace(row.text("ref"), row.text("placementType"), row.optional("provider"),
				row.text("postcode"), row.integer("vacancies"), row.integer("minAge"), row.integer("maxAge"),
				row.flag("suitableForDisabled"), row.optionalFlag("registered"), rating(row),
				row.optionalDecimal("weeklyCost"), row.flag("takesSiblingGroups"), row.flag("parentAndChild"),
				row.optionalFlag("notForProfit"));
		if (place.minAge() > place.maxAge()) {
			throw new RowProblem("minAge", "is above maxAge");
		}
		return place;
	}

	private static @Nullable String rating(CsvRow row) {
		String rating = row.optional("ofstedRating");
		if (rating == null) {
			return null;
		}
		String upper = rating.toUpperCase(Locale.ROOT).replace(' ', '_');
		if (!Set.of("OUTSTANDING", "GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE", "NOT_YET_INSPECTED").contains(upper)) {
			throw new RowProblem("ofstedRating",
					"is not Outstanding, Good, Requires improvement, Inadequate or Not yet inspected");
		}
		return upper;
	}

	/** A local authority foster parent or a children's home (s22G(5)). */
	boolean accommodationProvider() {
		return placementType.startsWith("U") || placementType.startsWith("K");
	}

	/** A local authority's own provision or another authority's (PR1, PR2). */
	boolean localAuthority() {
		return "PR1".equals(provider) || "PR2".equals(provider);
	}

	/** Whether a child of {@code age} is within the place's age range. */
	boolean takesAge(int age) {
		return age >= minAge && age <= maxAge;
	}

}
