package org.example.placement.page;

import java.util.ArrayList;
import java.util.List;

import org.example.placement.decision.NeedGroup;
import org.example.placement.sufficiency.UnmetNeed;
import org.example.placement.sufficiency.UnmetNeedFromDecisions;
import org.jspecify.annotations.Nullable;

/**
 * The page's section on the live view of unmet need from the decision log
 * ({@code unmetNeedFromDecisions}): by quarter, the decisions where no in-area place was
 * eligible as a chart, and a table of every quarter and the total by need group; or, when
 * the log was not read, why ({@code note}); or nothing, for a report recorded before
 * reports carried the view ({@code shown} false).
 */
record UnmetNeedSection(boolean shown, boolean included, String from, String to, @Nullable Figure note,
		@Nullable BarChart chart, List<List<Figure>> rows) {

	private static final String AT = "/unmetNeedFromDecisions/";

	static UnmetNeedSection of(@Nullable UnmetNeedFromDecisions view) {
		if (view == null) {
			return new UnmetNeedSection(false, false, "", "", null, null, List.of());
		}
		if (!view.included()) {
			return new UnmetNeedSection(true, false, view.from().toString(), view.to().toString(),
					Figure.text(view.note() == null ? "" : view.note(), AT + "note"), null, List.of());
		}
		List<Figure> bars = new ArrayList<>();
		List<List<Figure>> rows = new ArrayList<>();
		for (int i = 0; i < view.quarters().size(); i++) {
			UnmetNeed.Period quarter = view.quarters().get(i);
			String at = AT + "quarters/" + i + "/";
			bars.add(Figure.count(quarter.label(), quarter.noInAreaEligible(), at + "noInAreaEligible"));
			rows.add(row(quarter, at));
		}
		if (view.total() != null) {
			rows.add(row(view.total(), AT + "total/"));
		}
		BarChart chart = BarChart.vertical("chart-unmet-need",
				"Decisions where no in-area place was eligible, by quarter",
				"Bar chart: one bar per quarter from " + view.from() + " to " + view.to()
						+ ", its height the placement decisions in it where no place within the area was eligible.",
				bars);
		return new UnmetNeedSection(true, true, view.from().toString(), view.to().toString(), null, chart, rows);
	}

	/**
	 * Quarter, decisions, none in area eligible, each need group, not recorded.
	 */
	private static List<Figure> row(UnmetNeed.Period period, String at) {
		List<Figure> row = new ArrayList<>();
		row.add(Figure.text(period.label(), at + "label"));
		row.add(Figure.count("", period.decisions(), at + "decisions"));
		row.add(Figure.count("", period.noInAreaEligible(), at + "noInAreaEligible"));
		for (NeedGroup group : NeedGroup.values()) {
			Long count = period.byGroup().get(group);
			row.add(Figure.count("", count == null ? 0 : count, count == null ? null : at + "byGroup/" + group.name()));
		}
		row.add(Figure.count("", period.notRecorded(), at + "notRecorded"));
		return row;
	}

	/** The column headings of the table after the quarter's. */
	public List<String> groupHeadings() {
		return List.of(NeedGroup.values()).stream().map(Sections::groupName).toList();
	}

}
