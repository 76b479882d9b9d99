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
	 * sqrt((E1-E2)^2 + (N1-N2)^2) / 1000 / 1.6093, rounded half up to one decimal place.
	 */
	BigDecimal milesTo(GridPoint other) {
		double east = (double) easting - other.easting;
		double north = (double) northing - other.northing;
		double miles = Math.sqrt(east * east + north * north) / 1000 / KILOMETRES_PER_MILE;
		return BigDecimal.valueOf(miles).setScale(1, RoundingMode.HALF_UP);
	}

}
