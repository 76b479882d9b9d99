package org.example.placement.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.example.placement.sufficiency.ChildDuty;
import org.jspecify.annotations.Nullable;

/**
 * The distance distribution: children looked after at year end by distance from home to
 * placement (the DfE distance the measures use), in bands whose edges include 20 miles,
 * so the bands above it add up to {@code placedMoreThan20Miles}; children whose distance
 * is not known (a postcode that does not resolve) in a band of their own.
 */
final class Distances {

	/** Upper edges of the bands, inclusive: up to 5, over 5 to 10, and so on. */
	static final List<BigDecimal> EDGES = List.of(new BigDecimal("5.0"), new BigDecimal("10.0"), new BigDecimal("20.0"),
			new BigDecimal("50.0"));

	static final List<String> BANDS = List.of("Up to 5 miles", "Over 5 to 10", "Over 10 to 20", "Over 20 to 50",
			"Over 50 miles", "Not known");

	private Distances() {
	}

	static BarChart chart(List<ChildDuty> children) {
		long[] counts = new long[BANDS.size()];
		for (ChildDuty child : children) {
			counts[band(child.child().distanceMiles())]++;
		}
		List<Figure> figures = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			figures.add(Figure.count(BANDS.get(i), counts[i], null));
		}
		return BarChart.vertical("chart-distance", "Distance from home to placement, children looked after at year end",
				"Bar chart: children in each distance band, from up to 5 miles to over 50, and those whose distance "
						+ "is not known.",
				figures);
	}

	private static int band(@Nullable BigDecimal miles) {
		if (miles == null) {
			return BANDS.size() - 1;
		}
		for (int i = 0; i < EDGES.size(); i++) {
			if (miles.compareTo(EDGES.get(i)) <= 0) {
				return i;
			}
		}
		return EDGES.size();
	}

}
