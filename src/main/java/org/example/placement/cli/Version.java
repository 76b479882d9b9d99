package org.example.placement.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/**
 * What {@code --version} prints: the build version from the jar's manifest
 * ({@code Implementation-Version}, which the Spring Boot parent writes), else from Boot's
 * {@code META-INF/build-info.properties} when the build made one, else "development
 * build" (run from classes, as in the tests). Reads no configuration and starts nothing.
 */
final class Version implements IVersionProvider {

	static final String NAME = "placement-decision-service";

	static final String UNKNOWN = "development build";

	@Override
	public String[] getVersion() {
		return new String[] { NAME + " " + current(),
				"Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")" };
	}

	static String current() {
		String manifest = Version.class.getPackage().getImplementationVersion();
		if (manifest != null && !manifest.isBlank()) {
			return manifest;
		}
		try (InputStream buildInfo = Version.class.getResourceAsStream("/META-INF/build-info.properties")) {
			if (buildInfo != null) {
				Properties properties = new Properties();
				properties.load(buildInfo);
				return properties.getProperty("build.version", UNKNOWN);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return UNKNOWN;
	}

}
