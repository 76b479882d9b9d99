package org.example.placement.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by its own chromedriver (packages {@code chromium}
 * and {@code chromium-driver}, which {@code .ci/run} installs), with a new empty profile
 * and everything that would reach the network switched off: the build machine has none.
 * Found at the Debian paths, or where {@code CHROMIUM} and {@code CHROMEDRIVER} say. When
 * either is missing, a test that needs it fails on CI ({@code CI=true}) and is skipped,
 * saying why, elsewhere.
 */
public final class HeadlessChromium implements AutoCloseable {

	/** Every switch the browser starts with, besides its profile. */
	public static final List<String> SWITCHES = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--window-size=1280,1024");

	private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
			"/usr/bin/google-chrome");

	private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

	private final ChromeDriver driver;

	private final Path profile;

	private HeadlessChromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	public static HeadlessChromium start() {
		Optional<Path> browser = find("CHROMIUM", BROWSERS);
		Optional<Path> chromedriver = find("CHROMEDRIVER", DRIVERS);
		if (browser.isEmpty() || chromedriver.isEmpty()) {
			String why = "headless Chromium is needed: install Debian's chromium and chromium-driver "
					+ "(apt-get install -y chromium chromium-driver, as .ci/run does), or set CHROMIUM and CHROMEDRIVER; "
					+ "found browser " + browser.map(Path::toString).orElse("none") + ", driver "
					+ chromedriver.map(Path::toString).orElse("none");
			if (onCi()) {
				throw new AssertionError(why);
			}
			Assumptions.abort(why);
		}
		Path profile = newProfile();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser.get().toFile());
		options.addArguments(SWITCHES);
		options.addArguments("--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(chromedriver.get().toFile())
			.usingAnyFreePort()
			.build();
		return new HeadlessChromium(new ChromeDriver(service, options), profile);
	}

	public WebDriver driver() {
		return driver;
	}

	/** The profile directory this browser was started with (new and empty at start). */
	public Path profile() {
		return profile;
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			delete(profile);
		}
	}

	static boolean onCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	private static Optional<Path> find(String variable, List<String> candidates) {
		String given = System.getenv(variable);
		Stream<String> paths = given == null || given.isBlank() ? candidates.stream() : Stream.of(given);
		return paths.map(Path::of).filter(Files::isExecutable).findFirst();
	}

	private static Path newProfile() {
		try {
			return Files.createTempDirectory("chromium-profile-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// a temporary profile left behind is not worth failing a test for
		}
	}

}
