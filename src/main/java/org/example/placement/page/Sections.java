package org.example.placement.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.example.placement.decision.NeedGroup;
import org.example.placement.sufficiency.Problem;
import org.example.placement.sufficiency.SufficiencyReport.Equality;
import org.example.placement.sufficiency.SufficiencyReport.Finding;
import org.example.placement.sufficiency.TrendPoint;

/**
 * The tables of the sufficiency page, row by row, each cell with its place in the report
 * JSON.
 */
final class Sections {

	private Sections() {
	}

	static String groupName(NeedGroup group) {
		return switch (group) {
			case TEENAGER -> "Teenagers (13 or over)";
			case DISABLED -> "Disabled children";
			case UASC -> "Unaccompanied asylum-seeking children";
			case YOUNG_PARENT -> "Young parents";
			case SIBLING_GROUP -> "Sibling groups";
		};
	}

	/** Year end, looked after, started, more than 20 miles, outside the area, 3+. */
	static List<List<Figure>> trendRows(List<TrendPoint> trend) {
		List<List<Figure>> rows = new ArrayList<>();
		for (int i = 0; i < trend.size(); i++) {
			TrendPoint p = trend.get(i);
			String at = "/trend/" + i + "/";
			rows.add(List.of(Figure.text(p.yearEnd().toString(), at + "yearEnd"),
					Figure.count("", p.lookedAfterAtYearEnd(), at + "lookedAfterAtYearEnd"),
					Figure.count("", p.startedInYear(), at + "startedInYear"),
					Figure.count("", p.placedMoreThan20Miles(), at + "placedMoreThan20Miles"),
					Figure.count("", p.placedOutsideArea(), at + "placedOutsideArea"),
					Figure.count("", p.threeOrMorePlacements(), at + "threeOrMorePlacements")));
		}
		return rows;
	}

	/**
	 * The local targets: measure, value, previous, target, met, and the strategy cited.
	 */
	static List<List<Figure>> targets(List<Finding> findings) {
		List<List<Figure>> rows = new ArrayList<>();
		for (int i = 0; i < findings.size(); i++) {
			Finding f = findings.get(i);
			if (f.met() == null) {
				continue;
			}
			String at = "/findings/" + i + "/";
			rows.add(List.of(Figure.text(f.title(), at + "title"),
					Figure.text(f.measure() == null ? "" : f.measure(), at + "measure"),
					Figure.text(Figure.number(f.value()), at + "value"),
					Figure.text(Figure.number(f.previous()), at + "previous"),
					Figure.text(f.target() == null ? "" : f.target(), at + "target"), Figure.yesNo(f.met(), at + "met"),
					Figure.text(f.citation(), at + "citation")));
		}
		return rows;
	}

	/** Every finding: rule, title, subject, effect, citation. */
	static List<List<Figure>> findings(List<Finding> findings) {
		List<List<Figure>> rows = new ArrayList<>();
		for (int i = 0; i < findings.size(); i++) {
			Finding f = findings.get(i);
			String at = "/findings/" + i + "/";
			rows.add(List.of(Figure.text(f.ruleId(), at + "ruleId"), Figure.text(f.title(), at + "title"),
					Figure.text(f.subject(), at + "subject"), Figure.text(f.effect(), at + "effect"),
					Figure.text(f.citation(), at + "citation")));
		}
		return rows;
	}

	/**
	 * One row per value (of sex or ethnicity): looked after, more than 20 miles, outside
	 * the area, 3+ placements, met, not met.
	 */
	static List<List<Figure>> equality(Map<String, Equality.Group> groups, String by) {
		List<List<Figure>> rows = new ArrayList<>();
		groups.forEach((value, group) -> {
			String at = "/equality/" + by + "/" + pointer(value) + "/";
			rows.add(List.of(Figure.text(value, null),
					Figure.count("", group.measures().lookedAfterAtYearEnd(), at + "measures/lookedAfterAtYearEnd"),
					Figure.count("", group.measures().placedMoreThan20Miles(), at + "measures/placedMoreThan20Miles"),
					Figure.count("", group.measures().placedOutsideArea(), at + "measures/placedOutsideArea"),
					Figure.count("", group.measures().threeOrMorePlacements(), at + "measures/threeOrMorePlacements"),
					Figure.count("", group.duty().met(), at + "duty/met"),
					Figure.count("", group.duty().notMet(), at + "duty/notMet")));
		});
		return rows;
	}

	/** The first {@code limit} rows refused: file, line, column, why. */
	static List<List<Figure>> problems(List<Problem> problems, int limit) {
		List<List<Figure>> rows = new ArrayList<>();
		for (int i = 0; i < Math.min(limit, problems.size()); i++) {
			Problem p = problems.get(i);
			String at = "/problems/" + i + "/";
			rows.add(List.of(Figure.text(p.file(), at + "file"), Figure.count("", p.line(), at + "line"),
					Figure.text(p.column(), at + "column"), Figure.text(p.message(), at + "message")));
		}
		return rows;
	}

	/** A JSON Pointer reference token (RFC 6901): {@code ~} and {@code /} escaped. */
	static String pointer(String key) {
		return key.replace("~", "~0").replace("/", "~1");
	}

}
