package org.example.placement.geography;

import java.util.HashMap;
import java.util.Map;

/**
 * Maps the lower-tier (LAD) codes used by the postcode directory to the upper-tier
 * authority that runs children's services. Only English districts (E07) sit below a
 * county; unitaries, metropolitan and London boroughs, Welsh, Scottish and Northern Irish
 * codes are their own upper tier, which also covers unitaries created after the 2021
 * lookup (e.g. E06000065 North Yorkshire).
 */
final class UpperTiers {

	static final String RESOURCE = "ltla_to_utla_2021.csv";

	private final Map<String, String> countyOfDistrict;

	private UpperTiers(Map<String, String> countyOfDistrict) {
		this.countyOfDistrict = countyOfDistrict;
	}

	/** The ONS April 2021 LTLA to UTLA lookup. */
	static UpperTiers load() {
		Map<String, String> counties = new HashMap<>();
		GeoCsv.read(RESOURCE, (row) -> counties.put(row.get("LTLA21CD"), row.get("UTLA21CD").intern()));
		return new UpperTiers(counties);
	}

	/**
	 * The upper-tier code for {@code lowerTier}.
	 * @throws IllegalStateException for a district the lookup does not know, so a stale
	 * lookup fails at start-up rather than placing children in the wrong area
	 */
	String of(String lowerTier) {
		if (!lowerTier.startsWith("E07")) {
			return lowerTier;
		}
		String county = countyOfDistrict.get(lowerTier);
		if (county == null) {
			throw new IllegalStateException("district " + lowerTier + " is not in " + RESOURCE);
		}
		return county;
	}

}
