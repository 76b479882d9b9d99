package org.example.placement.page;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.example.placement.support.Accessibility;
import org.example.placement.support.HeadlessChromium;
import org.example.placement.support.TestClients;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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
 * A practitioner signs in in headless Chromium, records an override through the outcome
 * form in the decision page's slot (CSRF token and all, no script), and sees it counted
 * on the overrides page, whose figures are read back from the page and compared with
 * {@code GET /api/v1/overrides}. A refused form shows an error summary naming the field.
 * Each page passes axe-core's WCAG 2.2 AA rules with no serious violation. Screenshots
 * are written under {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = TestClients.PROPERTIES)
class OverridesPageBrowserTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	static final String REQUEST = """
			{ "asOf": "2026-11-23", "responsibleAuthority": "E06000047",
			  "child": { "ref": "CH-0001", "dateOfBirth": "2013-05-01", "legalStatus": "C2", "homePostcode": "DH1 3AA" },
			  "candidates": [
			    { "ref": "P-01", "placementType": "U6", "provider": "PR4", "postcode": "DH1 5AA", "carerApproval": "APPROVED", "meetsAssessedNeeds": true },
			    { "ref": "P-02", "placementType": "U3", "provider": "PR1", "postcode": "DH8 5", "connectedPerson": true, "carerApproval": "APPROVED", "meetsAssessedNeeds": true },
			    { "ref": "P-03", "placementType": "P1", "provider": "PR0", "postcode": "TS1 1AA", "meetsAssessedNeeds": true }
			  ]}
			""";

	@LocalServerPort
	int port;

	@Test
	void anOverrideSubmittedThroughTheFormIsCountedOnTheOverridesPage() throws Exception {
		String id = decide();
		try (HeadlessChromium chromium = HeadlessChromium.start()) {
			WebDriver browser = chromium.driver();
			signIn(browser, TestClients.BROKER_A);

			browser.get(url("/decisions/" + id));
			Accessibility.assertNoSeriousViolations(browser);
			submit(browser, "P-01", "CHILD_WISHES", "She asked to stay near her school", "SW-10472");
			Accessibility.assertNoSeriousViolations(browser);

			await().until(() -> !browser.findElements(By.id("outcome-recorded")).isEmpty());
			assertThat(browser.findElement(By.id("outcome-recorded")).getText()).contains("recorded");
			assertThat(browser.findElement(By.id("current-chosen")).getText()).isEqualTo("P-01");
			assertThat(browser.findElement(By.id("current-override")).getText()).isEqualTo("Yes");
			screenshot(browser, "outcome");

			browser.get(url("/overrides?authority=E06000047"));
			Accessibility.assertNoSeriousViolations(browser);
			JsonNode report = api("/api/v1/overrides?authority=E06000047");
			assertThat(report.get("overrides").asLong()).isPositive();
			assertThat(text(browser, "outcomes")).isEqualTo(report.get("outcomes").asString());
			assertThat(text(browser, "overrides")).isEqualTo(report.get("overrides").asString());
			assertThat(browser.findElement(By.id("most-overridden")).getText()).contains("ENG-S22C-2");
			assertThat(browser.findElements(By.cssSelector("#by-authority tbody th")).stream().map(WebElement::getText))
				.containsExactly("E06000047");
			screenshot(browser, "overrides");
		}
	}

	@Test
	void aRefusedOutcomeShowsTheFormAgainNamingTheField() throws Exception {
		String id = decide();
		try (HeadlessChromium chromium = HeadlessChromium.start()) {
			WebDriver browser = chromium.driver();
			signIn(browser, TestClients.BROKER_A);

			browser.get(url("/decisions/" + id + "/outcome"));
			submit(browser, "P-02", "", "", "Jane Smith");

			Accessibility.assertNoSeriousViolations(browser);
			await().until(() -> !browser.findElements(By.id("outcome-errors")).isEmpty());
			WebElement summary = browser.findElement(By.id("outcome-errors"));
			assertThat(summary.getText()).contains("decidedBy");
			assertThat(browser.findElement(By.id("outcome-decidedBy")).getAttribute("value")).isEqualTo("Jane Smith");
			screenshot(browser, "outcome-refused");
		}
	}

	private void submit(WebDriver browser, String chosenRef, String reasonCode, String reason, String decidedBy) {
		browser.findElement(By.cssSelector("input[name=chosenRef][value='" + chosenRef + "']")).click();
		if (!reasonCode.isEmpty()) {
			browser.findElement(By.cssSelector("#outcome-reasonCode option[value='" + reasonCode + "']")).click();
		}
		browser.findElement(By.id("outcome-reason")).sendKeys(reason);
		browser.findElement(By.id("outcome-decidedBy")).sendKeys(decidedBy);
		// a date input's typed format follows the browser's locale; its value does not
		((JavascriptExecutor) browser).executeScript(
				"document.getElementById('outcome-decidedOn').value = arguments[0]",
				LocalDate.now(ZoneId.of("Europe/London")).toString());
		browser.findElement(By.cssSelector("#outcome form button[type=submit]")).click();
	}

	private void signIn(WebDriver browser, String key) {
		browser.get(url("/sign-in"));
		browser.findElement(By.id("key")).sendKeys(key);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		// the sign-in post must finish before the next address is asked for, or that
		// request cancels it and the page sends the browser back to the form
		await().until(() -> !browser.getCurrentUrl().contains("/sign-in"));
	}

	private static String text(WebDriver browser, String id) {
		return browser.findElement(By.id(id)).getText();
	}

	private static void screenshot(WebDriver browser, String name) throws Exception {
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private String decide() throws Exception {
		HttpResponse<String> made = send("POST", "/api/v1/placement-decisions", REQUEST);
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		return JSON.readTree(made.body()).get("decisionId").asString();
	}

	private JsonNode api(String path) throws Exception {
		HttpResponse<String> response = send("GET", path, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.header("Authorization", TestClients.bearer(TestClients.BROKER_A))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
