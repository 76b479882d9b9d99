package org.example.placement.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.example.placement.support.HeadlessChromium;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A running service's pages and their JSON twins, for browser tests: the browser sends a
 * bearer credential with every request, as a script may (so no sign-in is needed), and
 * each page it opens can be read back with a script and photographed into
 * {@code target/screenshots/}.
 */
final class Pages {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	private final int port;

	Pages(int port) {
		this.port = port;
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/** Opens headless Chromium sending {@code key} as its bearer credential. */
	static HeadlessChromium browserAs(String key) {
		HeadlessChromium chromium = HeadlessChromium.start();
		ChromeDriver driver = (ChromeDriver) chromium.driver();
		driver.executeCdpCommand("Network.enable", Map.of());
		driver.executeCdpCommand("Network.setExtraHTTPHeaders",
				Map.of("headers", Map.of("Authorization", "Bearer " + key)));
		return chromium;
	}

	void open(WebDriver browser, String path) {
		browser.get(uri(path).toString());
	}

	static void screenshot(WebDriver browser, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"),
					((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	static <T> List<T> script(WebDriver browser, String script) {
		return (List<T>) ((JavascriptExecutor) browser).executeScript(script);
	}

	HttpResponse<String> send(String method, String path, @Nullable String key, @Nullable String contentType,
			byte @Nullable [] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	HttpResponse<String> get(String path, @Nullable String key) {
		return send("GET", path, key, null, null);
	}

	JsonNode json(String path, String key) {
		HttpResponse<String> response = get(path, key);
		if (response.statusCode() != 200) {
			throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

}
