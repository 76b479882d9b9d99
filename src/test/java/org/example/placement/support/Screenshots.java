package org.example.placement.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * A screenshot of the page a browser has open, written to
 * {@code target/screenshots/<name>.png} for a person to look at after the build (CI keeps
 * {@code target/}).
 */
public final class Screenshots {

	public static final Path DIRECTORY = Path.of("target", "screenshots");

	private Screenshots() {
	}

	public static Path take(WebDriver driver, String name) {
		try {
			Files.createDirectories(DIRECTORY);
			Path file = DIRECTORY.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
