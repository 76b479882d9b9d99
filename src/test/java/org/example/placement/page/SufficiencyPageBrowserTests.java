package org.example.placement.page;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.example.placement.cli.Cli;
import org.example.placement.support.HeadlessChromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.print.PrintOptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample return's report ({@code src/test/resources/ssda903-sample}, a synthetic
 * authority), written by the {@code sufficiency} command, opened from its file in
 * headless Chromium: every figure the page shows is read back from the DOM and compared
 * with {@code sufficiency.json} written beside it; every chart is drawn, its bars sized
 * by their figures (the live view of unmet need from the decision log among them);
 * nothing is loaded from anywhere, no script runs, and it prints.
 */
class SufficiencyPageBrowserTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path out;

	static JsonNode report;

	static Path page;

	@BeforeAll
	static void writeTheSampleReport() throws Exception {
		StringWriter err = new StringWriter();
		int exit = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "sufficiency", "--authority",
				"E06000047", "--year-end", "2025-03-31", "--data", "src/test/resources/ssda903-sample", "--out",
				out.toString());
		assertThat(exit).as(err.toString()).isZero();
		report = JSON.readTree(Files.readString(out.resolve("sufficiency.json")));
		page = out.resolve("sufficiency.html");
	}

	@Test
	void everyFigureOnThePageIsTheOneInTheJson() {
		try (HeadlessChromium chromium = HeadlessChromium.start()) {
			List<List<Object>> figures = script(chromium.driver(), """
					return Array.from(document.querySelectorAll('[data-json],[data-ratio]')).map(e => [
					  e.getAttribute('data-json'), e.getAttribute('data-ratio'),
					  e.tagName.toLowerCase() === 'rect' ? e.getAttribute('data-value') : e.textContent.trim()]);
					""");

			assertThat(figures).hasSizeGreaterThan(50);
			for (List<Object> figure : figures) {
				if (figure.get(0) != null) {
					PageFigures.assertShows((String) figure.get(0), (String) figure.get(2), report);
				}
				else {
					PageFigures.assertShowsShare((String) figure.get(1), (String) figure.get(2), report);
				}
			}
			assertThat(figures).extracting(f -> f.get(0))
				.contains("/measures/lookedAfterAtYearEnd", "/duty/notMet", "/trend/0/lookedAfterAtYearEnd",
						"/duty/byGroup/TEENAGER/notMet", "/unmetNeedFromDecisions/quarters/0/noInAreaEligible",
						"/unmetNeedFromDecisions/quarters/7/byGroup/DISABLED",
						"/unmetNeedFromDecisions/total/decisions");
		}
	}

	@Test
	void drawsEveryChartWithBarsSizedByTheirFigures() {
		try (HeadlessChromium chromium = HeadlessChromium.start()) {
			List<List<Object>> charts = script(chromium.driver(),
					"""
							return Array.from(document.querySelectorAll('figure.chart svg')).map(svg => [
							  svg.id, svg.getBoundingClientRect().width, svg.getAttribute('role'),
							  document.getElementById(svg.getAttribute('aria-labelledby').split(' ')[0]).textContent,
							  Array.from(svg.querySelectorAll('rect')).map(r => [Number(r.getAttribute('data-value')),
							    r.getBoundingClientRect().height, r.getBoundingClientRect().width, r.getAttribute('data-label')])]);
							""");

			assertThat(charts).extracting(c -> c.get(0))
				.containsExactly("chart-trend", "chart-measures", "chart-not-met", "chart-distance",
						"chart-unmet-need");
			assertThat(report.get("trend")).isNotEmpty();
			for (List<Object> chart : charts) {
				assertThat(((Number) chart.get(1)).doubleValue()).as(chart.get(0) + " width").isPositive();
				assertThat(chart.get(2)).isEqualTo("img");
				assertThat((String) chart.get(3)).as(chart.get(0) + " title").isNotBlank();
				PageFigures.assertBarsProportional((String) chart.get(0), bars(chart.get(4)),
						List.of("chart-trend", "chart-distance", "chart-unmet-need").contains(chart.get(0)));
			}
			assertThat(bars(charts.get(0).get(4))).hasSize(report.get("trend").size());
			assertThat(bars(charts.get(4).get(4))).hasSize(report.at("/unmetNeedFromDecisions/quarters").size())
				.hasSize(8);
			List<List<Object>> distance = bars(charts.get(3).get(4));
			double far = ((Number) distance.get(3).get(0)).doubleValue()
					+ ((Number) distance.get(4).get(0)).doubleValue();
			double all = distance.stream().mapToDouble(b -> ((Number) b.get(0)).doubleValue()).sum();
			assertThat(far).isEqualTo(report.at("/measures/placedMoreThan20Miles").asDouble());
			assertThat(all).isEqualTo(report.at("/measures/lookedAfterAtYearEnd").asDouble());
			assertThat(all - ((Number) distance.get(5).get(0)).doubleValue())
				.isEqualTo(report.at("/measures/distanceKnown").asDouble());
		}
	}

	@Test
	void isSelfContainedAccessibleAndPrintable() throws Exception {
		String html = Files.readString(page);
		assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link");
		try (HeadlessChromium chromium = HeadlessChromium.start()) {
			WebDriver browser = chromium.driver();
			List<List<Object>> facts = script(browser,
					"""
							return [[performance.getEntriesByType('resource').length, document.scripts.length,
							  document.documentElement.lang, document.querySelectorAll('h1').length,
							  Array.from(document.querySelectorAll('[src],[href]')).map(e => e.getAttribute('src') || e.getAttribute('href'))
							    .filter(u => !u.startsWith('#')).length,
							  Array.from(document.querySelectorAll('table')).filter(t => !t.caption).length,
							  Array.from(document.querySelectorAll('figure.chart')).filter(f => !f.querySelector('table')).length]];
							""");
			List<Object> page = facts.get(0);
			assertThat(page.get(0)).as("resources loaded").isEqualTo(0L);
			assertThat(page.get(1)).as("scripts").isEqualTo(0L);
			assertThat(page.get(2)).isEqualTo("en");
			assertThat(page.get(3)).as("h1").isEqualTo(1L);
			assertThat(page.get(4)).as("links out of the page").isEqualTo(0L);
			assertThat(page.get(5)).as("tables without a caption").isEqualTo(0L);
			assertThat(page.get(6)).as("charts without a table of their figures").isEqualTo(0L);

			Pdf pdf = ((PrintsPage) browser).print(new PrintOptions());
			assertThat(pdf.getContent()).isNotBlank();
		}
	}

	private List<List<Object>> script(WebDriver browser, String script) {
		browser.get(page.toUri().toString());
		@SuppressWarnings("unchecked")
		List<List<Object>> result = (List<List<Object>>) ((JavascriptExecutor) browser).executeScript(script);
		return result;
	}

	@SuppressWarnings("unchecked")
	private static List<List<Object>> bars(Object bars) {
		return new ArrayList<>((List<List<Object>>) bars);
	}

}
