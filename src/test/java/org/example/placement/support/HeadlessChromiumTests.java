package org.example.placement.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser the page tests use starts headless, without the network, on a new empty
 * profile, and draws inline SVG from a local file.
 */
class HeadlessChromiumTests {

	@Test
	void drawsAnInlineSvgFromALocalFileOnANewProfile(@TempDir Path dir) throws Exception {
		Path page = Files.writeString(dir.resolve("page.html"), """
				<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Check</title></head>
				<body><h1>Check</h1><svg role="img" width="200" height="100" viewBox="0 0 200 100">
				<title>Bar</title><rect id="bar" x="0" y="50" width="40" height="50"/></svg></body></html>
				""");

		try (HeadlessChromium chromium = HeadlessChromium.start()) {
			WebDriver browser = chromium.driver();
			browser.get(page.toUri().toString());
			WebElement bar = browser.findElement(By.id("bar"));

			assertThat(browser.getTitle()).isEqualTo("Check");
			assertThat(bar.getRect().getHeight()).isEqualTo(50);
			assertThat(chromium.profile()).isDirectory();
		}
	}

}
