package org.example.placement.page;

import java.util.List;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * How a figure read from the page compares with the report JSON: the same number (to the
 * one decimal place the page writes), the same text, yes or no for true or false; a share
 * is its numerator over its denominator (an object's numbers added up), as a percentage.
 */
final class PageFigures {

	private PageFigures() {
	}

	static void assertShows(String pointer, String shown, JsonNode report) {
		JsonNode value = report.at(pointer);
		assertThat(value.isMissingNode()).as(pointer + " is in the JSON").isFalse();
		if (value.isNumber()) {
			assertThat(Double.parseDouble(shown)).as(pointer).isCloseTo(value.asDouble(), within(0.05));
		}
		else if (value.isBoolean()) {
			assertThat(shown).as(pointer).isEqualTo(value.asBoolean() ? "yes" : "no");
		}
		else if (value.isNull()) {
			assertThat(shown).as(pointer).isEmpty();
		}
		else {
			assertThat(shown).as(pointer).isEqualTo(value.asString().strip());
		}
	}

	static void assertShowsShare(String ratio, String shown, JsonNode report) {
		String[] pointers = ratio.split(" ");
		double part = sum(report.at(pointers[0]));
		double whole = sum(report.at(pointers[1]));
		if (whole == 0) {
			assertThat(shown).as(ratio).isIn("n/a", "0.0");
			return;
		}
		double percent = Double.parseDouble(shown.replace("%", ""));
		assertThat(percent).as(ratio).isCloseTo(100.0 * part / whole, within(0.05));
	}

	/**
	 * Each bar's rendered size (height when vertical, width otherwise) over its value is
	 * the same for every bar of the chart; a bar of 0 has no size.
	 */
	static void assertBarsProportional(String chart, List<List<Object>> bars, boolean vertical) {
		double scale = -1;
		for (List<Object> bar : bars) {
			double value = ((Number) bar.get(0)).doubleValue();
			double size = ((Number) bar.get(vertical ? 1 : 2)).doubleValue();
			if (value == 0) {
				assertThat(size).as(chart + " " + bar.get(3)).isZero();
				continue;
			}
			assertThat(size).as(chart + " " + bar.get(3)).isPositive();
			if (scale < 0) {
				scale = size / value;
			}
			assertThat(size / value).as(chart + " " + bar.get(3)).isCloseTo(scale, within(scale * 0.05 + 0.05));
		}
	}

	private static double sum(JsonNode node) {
		if (node.isNumber()) {
			return node.asDouble();
		}
		double total = 0;
		for (JsonNode field : node) {
			total += field.isNumber() ? field.asDouble() : 0;
		}
		return total;
	}

}
