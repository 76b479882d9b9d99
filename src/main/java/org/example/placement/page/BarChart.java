package org.example.placement.page;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A bar chart drawn as inline SVG: the bars with their geometry worked out here, so the
 * template only places them. Vertical bars (a series over time or bands) stand on a base
 * line with the label below and the value above; horizontal bars (categories) start after
 * the label with the value after them. Every bar keeps its value and, where the report
 * JSON holds the same number, its JSON Pointer ({@code json}), so the page's figures can
 * be checked against the JSON.
 */
record BarChart(String id, String title, String description, boolean vertical, int width, int height, List<Bar> bars) {

	static final int WIDTH = 640;

	private static final int VERTICAL_HEIGHT = 260;

	private static final int ROW = 28;

	private static final int LABEL_WIDTH = 230;

	private static final int MARGIN = 24;

	BarChart {
		bars = List.copyOf(bars);
	}

	static BarChart vertical(String id, String title, String description, List<Figure> figures) {
		double max = max(figures);
		int plotTop = MARGIN;
		int plotBottom = VERTICAL_HEIGHT - MARGIN - 8;
		double slot = (WIDTH - 2.0 * MARGIN) / Math.max(1, figures.size());
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < figures.size(); i++) {
			Figure figure = figures.get(i);
			double height = max == 0 ? 0 : (plotBottom - plotTop) * figure.value() / max;
			double x = MARGIN + i * slot + slot * 0.15;
			double y = plotBottom - height;
			double centre = x + slot * 0.35;
			bars.add(new Bar(figure, round(x), round(y), round(slot * 0.7), round(height), round(centre),
					round(plotBottom + 16), round(centre), round(y - 4)));
		}
		return new BarChart(id, title, description, true, WIDTH, VERTICAL_HEIGHT, bars);
	}

	static BarChart horizontal(String id, String title, String description, List<Figure> figures) {
		double max = max(figures);
		double room = WIDTH - LABEL_WIDTH - 2.0 * MARGIN - 40;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < figures.size(); i++) {
			Figure figure = figures.get(i);
			double length = max == 0 ? 0 : room * figure.value() / max;
			double y = MARGIN + i * ROW;
			bars.add(new Bar(figure, LABEL_WIDTH, round(y), round(length), ROW - 8, LABEL_WIDTH - 8,
					round(y + ROW / 2.0), round(LABEL_WIDTH + length + 6), round(y + ROW / 2.0)));
		}
		return new BarChart(id, title, description, false, WIDTH, 2 * MARGIN + figures.size() * ROW, bars);
	}

	/** The id of the title element, for {@code aria-labelledby}. */
	public String titleId() {
		return id + "-title";
	}

	public String descriptionId() {
		return id + "-desc";
	}

	private static double max(List<Figure> figures) {
		return figures.stream().mapToDouble(Figure::value).max().orElse(0);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/**
	 * One bar: its figure, the rectangle, and where its label and its value are written.
	 */
	record Bar(Figure figure, double x, double y, double width, double height, double labelX, double labelY,
			double valueX, double valueY) {

		public String label() {
			return figure.label();
		}

		public String text() {
			return figure.text();
		}

		public @Nullable String json() {
			return figure.json();
		}

	}

}
