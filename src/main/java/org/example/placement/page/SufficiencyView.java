package org.example.placement.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.example.placement.sufficiency.DutyCounts;
import org.example.placement.sufficiency.Measures;
import org.example.placement.decision.NeedGroup;
import org.example.placement.sufficiency.SufficiencyReport;
import org.example.placement.sufficiency.TrendPoint;

/**
 * What the sufficiency page shows, worked out from the report: the figures of each
 * section with their place in the report JSON, and the charts. The template only lays
 * them out.
 */
record SufficiencyView(String authority, String yearEnd, String rulesetVersion, List<Figure> measures,
		List<Figure> duty, BarChart trend, List<List<Figure>> trendRows, BarChart shares, List<List<Figure>> targets,
		BarChart notMetByGroup, BarChart distance, List<List<Figure>> bySex, List<List<Figure>> byEthnicity,
		UnmetNeedSection unmetNeed, List<List<Figure>> findings, List<List<Figure>> problems, int problemsNotShown) {

	/** At most this many refused rows are listed on the page; the JSON lists them all. */
	static final int PROBLEMS_SHOWN = 500;

	static SufficiencyView of(SufficiencyReport report) {
		List<List<Figure>> problems = Sections.problems(report.problems(), PROBLEMS_SHOWN);
		return new SufficiencyView(report.authority(), report.yearEnd().toString(), report.rulesetVersion(),
				measures(report), duty(report), trend(report.trend()), Sections.trendRows(report.trend()),
				shares(report.measures()), Sections.targets(report.findings()), notMetByGroup(report.duty().byGroup()),
				Distances.chart(report.children()), Sections.equality(report.equality().bySex(), "bySex"),
				Sections.equality(report.equality().byEthnicity(), "byEthnicity"),
				UnmetNeedSection.of(report.unmetNeedFromDecisions()), Sections.findings(report.findings()), problems,
				report.problems().size() - problems.size());
	}

	private static List<Figure> measures(SufficiencyReport report) {
		Measures m = report.measures();
		return List.of(
				Figure.count("Looked after at year end", m.lookedAfterAtYearEnd(), "/measures/lookedAfterAtYearEnd"),
				Figure.count("Started to be looked after in the year", m.startedInYear(), "/measures/startedInYear"),
				Figure.count("Distance from home known", m.distanceKnown(), "/measures/distanceKnown"),
				Figure.count("Placed more than 20 miles from home", m.placedMoreThan20Miles(),
						"/measures/placedMoreThan20Miles"),
				Figure.count("Placed outside the area", m.placedOutsideArea(), "/measures/placedOutsideArea"),
				Figure.count("Three or more placements in the year", m.threeOrMorePlacements(),
						"/measures/threeOrMorePlacements"),
				Figure.count("Foster care: in-house carers", m.fosterByProvider().inHouse(),
						"/measures/fosterByProvider/inHouse"),
				Figure.count("Foster care: agency carers", m.fosterByProvider().agency(),
						"/measures/fosterByProvider/agency"),
				Figure.count("Foster care: other", m.fosterByProvider().other(), "/measures/fosterByProvider/other"),
				Figure.count("Care leavers", m.careLeavers().cohort(), "/measures/careLeavers/cohort"),
				Figure.count("Care leavers in suitable accommodation", m.careLeavers().suitable(),
						"/measures/careLeavers/suitable"),
				Figure.count("Care leavers in unsuitable accommodation", m.careLeavers().unsuitable(),
						"/measures/careLeavers/unsuitable"),
				Figure.count("Care leavers, accommodation not known", m.careLeavers().unknown(),
						"/measures/careLeavers/unknown"),
				Figure.count("Placed outside the area, an in-area place eligible", report.couldBePlacedInArea().count(),
						"/couldBePlacedInArea/count"));
	}

	private static List<Figure> duty(SufficiencyReport report) {
		SufficiencyReport.Duty d = report.duty();
		return List.of(Figure.count("Met: placed within the area", d.met(), "/duty/met"),
				Figure.count("Not met: placed outside the area", d.notMet(), "/duty/notMet"),
				Figure.count("Excepted: welfare exception, s22G(2)(b)", d.excepted(), "/duty/excepted"),
				Figure.count("Not applicable: placed with a parent", d.notApplicable(), "/duty/notApplicable"),
				Figure.count("Unknown: placement postcode not resolved", d.unknown(), "/duty/unknown"));
	}

	private static BarChart trend(List<TrendPoint> trend) {
		List<Figure> figures = new ArrayList<>();
		for (int i = 0; i < trend.size(); i++) {
			TrendPoint point = trend.get(i);
			figures.add(Figure.count(Integer.toString(point.yearEnd().getYear()), point.lookedAfterAtYearEnd(),
					"/trend/" + i + "/lookedAfterAtYearEnd"));
		}
		return BarChart.vertical("chart-trend", "Children looked after at 31 March, every year the data covers",
				"Bar chart: one bar per year end, its height the number of children looked after that day.", figures);
	}

	private static BarChart shares(Measures m) {
		return BarChart.horizontal("chart-measures", "The measures as shares",
				"Bar chart of percentages: each measure as a share of the children it is counted over.",
				List.of(Figure.share("More than 20 miles from home (of distance known)", m.placedMoreThan20Miles(),
						m.distanceKnown(), "/measures/placedMoreThan20Miles", "/measures/distanceKnown"),
						Figure.share("Outside the area (of placement area known)", m.placedOutsideArea(), m.areaKnown(),
								"/measures/placedOutsideArea", "/measures/areaKnown"),
						Figure.share("Three or more placements", m.threeOrMorePlacements(), m.lookedAfterAtYearEnd(),
								"/measures/threeOrMorePlacements", "/measures/lookedAfterAtYearEnd"),
						Figure.share("Foster care with in-house carers", m.fosterByProvider().inHouse(),
								m.fosterByProvider().inHouse() + m.fosterByProvider().agency()
										+ m.fosterByProvider().other(),
								"/measures/fosterByProvider/inHouse", "/measures/fosterByProvider"),
						Figure.share("Care leavers in suitable accommodation", m.careLeavers().suitable(),
								m.careLeavers().cohort(), "/measures/careLeavers/suitable",
								"/measures/careLeavers/cohort")));
	}

	private static BarChart notMetByGroup(Map<NeedGroup, DutyCounts> byGroup) {
		List<Figure> figures = new ArrayList<>();
		for (NeedGroup group : NeedGroup.values()) {
			DutyCounts counts = byGroup.get(group);
			figures.add(Figure.count(Sections.groupName(group), counts == null ? 0 : counts.notMet(),
					counts == null ? null : "/duty/byGroup/" + group.name() + "/notMet"));
		}
		return BarChart.horizontal("chart-not-met", "Children placed outside the area (NOT_MET), by need group",
				"Bar chart: for each need group, the children in it whose placement is outside the area; "
						+ "a child may be in several groups.",
				figures);
	}

}
