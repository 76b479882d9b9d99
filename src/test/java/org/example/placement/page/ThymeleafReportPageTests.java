package org.example.placement.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.example.placement.decision.NeedGroup;
import org.example.placement.decision.SufficiencyRecord;
import org.example.placement.sufficiency.Measures;
import org.example.placement.sufficiency.Problem;
import org.example.placement.sufficiency.ProvidersInArea;
import org.example.placement.sufficiency.SufficiencyReport;
import org.example.placement.sufficiency.UnmetNeed;
import org.example.placement.sufficiency.UnmetNeedFromDecisions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page as text: what a report gives it is escaped, an empty report still renders
 * every section, and a long list of refused rows is cut with a count of the rest.
 */
class ThymeleafReportPageTests {

	final ThymeleafReportPage page = new ThymeleafReportPage();

	@Test
	void escapesWhatTheReportHolds() {
		String html = page
			.render(report(List.of(new Problem("episodes.csv", 3, "PL_POST", "<script>x</script> & co"))));

		assertThat(html).doesNotContain("<script>")
			.contains("&lt;script&gt;x&lt;/script&gt; &amp; co")
			.contains("data-json=\"/problems/0/message\"");
	}

	@Test
	void rendersEverySectionOfAnEmptyReport() {
		String html = page.render(report(List.of()));

		assertThat(html).contains("<h1>Sufficiency of accommodation: E06000047, year ending 2025-03-31</h1>")
			.contains("No local target applies to this authority.", "Every row was read.", "No findings.")
			.contains("id=\"chart-trend\"", "id=\"chart-measures\"", "id=\"chart-not-met\"", "id=\"chart-distance\"");
	}

	@Test
	void listsTheFirstRefusedRowsAndCountsTheRest() {
		List<Problem> problems = IntStream.rangeClosed(1, SufficiencyView.PROBLEMS_SHOWN + 2)
			.mapToObj(line -> new Problem("header.csv", line, "DOB", "not a date dd/mm/yyyy"))
			.toList();

		String html = page.render(report(problems));

		assertThat(html).contains("data-json=\"/problems/" + (SufficiencyView.PROBLEMS_SHOWN - 1) + "/line\"")
			.doesNotContain("data-json=\"/problems/" + SufficiencyView.PROBLEMS_SHOWN + "/line\"")
			.contains("And 2 more, listed in sufficiency.json.");
	}

	@Test
	void showsTheUnmetNeedFromDecisionsByQuarterOrWhyItIsNotIncluded() {
		UnmetNeed.Counter counter = new UnmetNeed.Counter("E06000047", LocalDate.of(2024, 4, 1),
				LocalDate.of(2026, 3, 31));
		counter.add(LocalDate.of(2024, 5, 1), new SufficiencyRecord(false, Set.of(NeedGroup.TEENAGER)));
		counter.add(LocalDate.of(2024, 6, 1), new SufficiencyRecord(false, Set.of(NeedGroup.TEENAGER)));
		counter.add(LocalDate.of(2025, 7, 1), new SufficiencyRecord(true, null));
		UnmetNeed unmet = counter.result();
		UnmetNeedFromDecisions view = new UnmetNeedFromDecisions(true, null, unmet.from(), unmet.to(), 12L,
				unmet.quarters(), unmet.total());

		String included = page.render(report(List.of()).withUnmetNeed(view));
		String left = page.render(report(List.of())
			.withUnmetNeed(UnmetNeedFromDecisions.notIncluded(LocalDate.of(2025, 3, 31), "left out (--no-decisions)")));
		String none = page.render(report(List.of()));

		assertThat(included).contains("id=\"chart-unmet-need\"")
			.contains("data-json=\"/unmetNeedFromDecisions/quarters/0/noInAreaEligible\">2<")
			.contains("data-json=\"/unmetNeedFromDecisions/quarters/0/byGroup/TEENAGER\">2<")
			.contains("data-json=\"/unmetNeedFromDecisions/quarters/5/decisions\">1<")
			.contains("data-json=\"/unmetNeedFromDecisions/total/decisions\">3<");
		assertThat(left).contains("data-json=\"/unmetNeedFromDecisions/note\">left out (--no-decisions)<")
			.doesNotContain("chart-unmet-need");
		assertThat(none).doesNotContain("id=\"unmet-need\"");
	}

	private static SufficiencyReport report(List<Problem> problems) {
		Measures measures = new Measures(0, 0, 0, 0, 0, 0, 0, new Measures.FosterByProvider(0, 0, 0),
				new Measures.CareLeavers(0, 0, 0, 0));
		return new SufficiencyReport("E06000047", LocalDate.of(2025, 3, 31), "sha256:" + "1".repeat(64), measures,
				new SufficiencyReport.Duty(0, 0, 0, 0, 0, 0, Map.of()),
				new SufficiencyReport.CouldBePlaced(0, 0, 0, Map.of()), List.of(), List.of(), problems,
				new ProvidersInArea(0, 0, 0, 0), List.of(), new SufficiencyReport.Equality(Map.of(), Map.of()), null,
				Map.of(), List.of());
	}

}
