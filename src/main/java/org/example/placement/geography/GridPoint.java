package org.example.placement.geography;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A position on the OS British National Grid, in metres. Distances are straight lines on
 * the grid, computed exactly as the DfE does for SSDA903 returns (not great-circle, not
 * by road) so that what this service reports reconciles with the national statistics and
 * the 903 validator.
 */
record GridPoint(int easting, int northing) {

	/** The DfE's conversion: metres / 1000 / 1.6093. */
	private static final double KILOMETRES_PER_MILE = 1.6093;

	/**
	 * How close to a half-tenth a distance in tenths of a mile must be for
	 * {@link #milesTo} to round it through its decimal: far more than the error of
	 * multiplying by ten (an ulp or so, under 1e-6 for any distance on the grid).
	 */
	private static final double NEAR_HALF = 1e-6;

	/**
	 * sqrt((E1-E2)^2 + (N1-N2)^2) / 1000 / 1.6093, rounded half up to one decimal place.
	 */
	BigDecimal milesTo(GridPoint other) {
		double east = (double) easting - other.easting;
		double north = (double) northing - other.northing;
		double miles = Math.sqrt(east * east + north * north) / 1000 / KILOMETRES_PER_MILE;
		double tenths = miles * 10;
		double fraction = tenths - Math.floor(tenths);
		if (Math.abs(fraction - 0.5) > NEAR_HALF && tenths < 1e9) {
			// far from a half-tenth, the decimal of the double rounds the same way: no
			// need to write it out (Double.toString) to round it
			return BigDecimal.valueOf((long) Math.floor(tenths + 0.5), 1);
		}
		return exactly(miles);
	}

	/** As the DfE rounds it: the double's decimal, rounded half up to a tenth. */
	static BigDecimal exactly(double miles) {
		return BigDecimal.valueOf(miles).setScale(1, RoundingMode.HALF_UP);
	}

}
