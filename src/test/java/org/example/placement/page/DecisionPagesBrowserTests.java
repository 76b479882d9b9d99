package org.example.placement.page;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.example.placement.support.Accessibility;
import org.example.placement.support.HeadlessChromium;
import org.example.placement.support.Screenshots;
import org.example.placement.support.TestClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pages in headless Chromium against the running service, as a person uses them: the
 * README's example request is decided over the API, then a Durham auditor signs in
 * through the form with an API key, opens the decision, reads the ranking, scores,
 * distances and citations back from the page and finds them equal to the JSON, replays it
 * with the button, lists the log with a filter, and downloads the PDF, whose text
 * (PDFBox) holds the same ranking. Each page passes axe-core's WCAG 2.2 AA rules with no
 * serious violation and leaves a screenshot in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "placement.rules.watch-interval=0", "placement.scenarios.gate=false" })
@TestPropertySource(locations = TestClients.PROPERTIES)
class DecisionPagesBrowserTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static String decisionId;

	@LocalServerPort
	int port;

	@BeforeEach
	void decideTheReadmeExample() throws Exception {
		if (decisionId == null) {
			HttpResponse<String> made = send(HttpRequest.newBuilder(uri("/api/v1/placement-decisions"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(readmeExample())));
			assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
			decisionId = JSON.readTree(made.body()).get("decisionId").asString();
		}
	}

	@Test
	void theDecisionPageShowsTheRankingScoresAndCitationsOfTheJson() throws Exception {
		JsonNode full = json("/api/v1/placement-decisions/" + decisionId + "?explain=full");
		JsonNode compact = json("/api/v1/placement-decisions/" + decisionId);
		try (HeadlessChromium chromium = HeadlessChromium.start()) {
			WebDriver driver = signIn(chromium, TestClients.DURHAM_AUDITOR);
			driver.get(url("/decisions/" + decisionId));

			List<List<String>> rows = new ArrayList<>();
			for (WebElement row : driver.findElements(By.cssSelector("table.ranking tbody tr"))) {
				rows.add(List.of(row.getAttribute("data-ref"), text(row, "td.rank"), text(row, "td.score"),
						text(row, "td.distance")));
			}
			List<List<String>> expected = new ArrayList<>();
			for (JsonNode c : full.get("candidates")) {
				expected.add(List.of(c.get("ref").asString(), c.hasNonNull("rank") ? c.get("rank").asString() : "-",
						c.get("score").asString(),
						c.hasNonNull("distanceMiles")
								? c.get("distanceMiles").decimalValue().stripTrailingZeros().toPlainString() + " miles"
								: "not known"));
			}
			assertThat(rows).isEqualTo(expected);
			assertThat(rows).extracting(r -> r.get(0)).startsWith("P-03", "P-02", "P-01");

			List<WebElement> citations = driver.findElements(By.cssSelector("a.citation"));
			assertThat(citations).isNotEmpty();
			for (WebElement citation : citations) {
				assertThat(List.of(citation.getText(), citation.getAttribute("href")))
					.as("a citation linked to its rule's source")
					.isIn(citationsOf(compact.get("rules")));
			}
			String page = driver.findElement(By.tagName("main")).getText();
			assertThat(page).contains("Aged 13 on 2026-11-23", "full care order", "County Durham (E06000047)")
				.doesNotContain("CH-0001", "2013-05-01", "DH1 3AA");
			Accessibility.assertNoSeriousViolations(driver);
			Screenshots.take(driver, "decision");

			driver.findElement(By.cssSelector("form[action$='/replay'] button")).click();
			await().until(() -> !driver.findElements(By.cssSelector("#main [role=status]")).isEmpty());
			assertThat(driver.findElement(By.cssSelector("#main [role=status]")).getText()).startsWith("Identical");
			Screenshots.take(driver, "decision-replayed");
		}
	}

	@Test
	void theLogPageFindsTheDecisionByTheRuleThatFiredAndNotByAnotherVersion() throws Exception {
		JsonNode compact = json("/api/v1/placement-decisions/" + decisionId);
		String rule = compact.get("rules").propertyNames().iterator().next();
		try (HeadlessChromium chromium = HeadlessChromium.start()) {
			WebDriver driver = signIn(chromium, TestClients.DURHAM_AUDITOR);
			driver.get(url("/decisions"));
			driver.findElement(By.id("rule")).sendKeys(rule);
			driver.findElement(By.id("authority")).sendKeys("E06000047");
			driver.findElement(By.cssSelector("form.filters button")).click();
			await().until(() -> driver.getCurrentUrl().contains("rule=" + rule));

			assertThat(driver.findElements(By.cssSelector("table.log tbody tr")))
				.extracting(row -> row.getAttribute("data-decision"))
				.contains(decisionId);
			assertThat(Long.parseLong(driver.findElement(By.cssSelector(".count .total")).getText())).isPositive();
			Accessibility.assertNoSeriousViolations(driver);
			Screenshots.take(driver, "decisions");

			driver.findElement(By.cssSelector("table.log a")).click();
			await().until(() -> driver.getCurrentUrl().contains("/decisions/"));

			driver.get(url("/decisions?rulesetVersion=sha256:none"));
			assertThat(driver.findElement(By.cssSelector(".count")).getText()).startsWith("0 decisions");
		}
	}

	@Test
	void thePdfHoldsTheSameRanking() throws Exception {
		try (HeadlessChromium chromium = HeadlessChromium.start()) {
			WebDriver driver = signIn(chromium, TestClients.DURHAM_AUDITOR);
			driver.get(url("/decisions/" + decisionId));
			String href = driver.findElement(By.cssSelector("a.pdf")).getAttribute("href");
			Cookie session = driver.manage().getCookieNamed("JSESSIONID");

			HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(href))
				.header("Cookie", "JSESSIONID=" + session.getValue())
				.build(), HttpResponse.BodyHandlers.ofByteArray());

			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
			assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
				.contains("decision-" + decisionId + ".pdf");
			Files.createDirectories(Screenshots.DIRECTORY);
			Files.write(Screenshots.DIRECTORY.resolve("decision.pdf"), pdf.body());
			String text = text(pdf.body());
			assertThat(text).contains("Placement decision for County Durham (E06000047)", "Ranked first: P-03")
				.doesNotContain("CH-0001", "2013-05-01", "DH1 3AA");
			assertThat(text.indexOf("P-03")).isLessThan(text.indexOf("P-02"));
		}
	}

	@Test
	void theSignInPageIsAccessible() {
		try (HeadlessChromium chromium = HeadlessChromium.start()) {
			chromium.driver().get(url("/decisions"));
			await().until(() -> chromium.driver().getCurrentUrl().endsWith("/sign-in"));
			Accessibility.assertNoSeriousViolations(chromium.driver());
			Screenshots.take(chromium.driver(), "sign-in");
		}
	}

	private WebDriver signIn(HeadlessChromium chromium, String key) {
		WebDriver driver = chromium.driver();
		driver.get(url("/sign-in"));
		driver.findElement(By.id("key")).sendKeys(key);
		driver.findElement(By.cssSelector("main form button")).click();
		await().until(() -> driver.getCurrentUrl().endsWith("/decisions"));
		return driver;
	}

	/** The request of the README's example, exactly as it stands there. */
	static String readmeExample() throws IOException {
		Matcher example = Pattern.compile("(?s)-d '(\\{\\s*\"asOf\".*?)'\\n```")
			.matcher(Files.readString(Path.of("README.md")));
		assertThat(example.find()).as("the README's example request").isTrue();
		return example.group(1);
	}

	private JsonNode json(String path) throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HTTP.send(request.header("Authorization", TestClients.bearer(TestClients.BROKER_A)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Each rule's citation and its source, as the JSON describes the rules. */
	private static List<List<String>> citationsOf(JsonNode rules) {
		List<List<String>> citations = new ArrayList<>();
		for (JsonNode rule : rules) {
			citations.add(List.of(rule.path("citation").asString(""), rule.path("source").asString("")));
		}
		return citations;
	}

	private static String text(WebElement row, String cell) {
		return row.findElement(By.cssSelector(cell)).getText();
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			// in the order a reader sees it, not the order it was drawn
			stripper.setSortByPosition(true);
			return stripper.getText(document);
		}
	}

	private URI uri(String path) {
		return URI.create(url(path));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
