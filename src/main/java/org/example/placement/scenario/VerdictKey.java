package org.example.placement.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.example.placement.decision.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * Everything the gate's verdict on a ruleset depends on, as one digest: the rule files
 * (the ruleset's version), every file under the scenarios directory (the sufficiency
 * scenarios and their data included), and the {@link #context} the service runs in: the
 * build of the application (its version, build time and commit, from the jar it runs
 * from), the JDK, the rules' build mode and the adjacency overrides the geography
 * applied. Where one of them cannot be known exactly there is no key, and the scenarios
 * run.
 */
final class VerdictKey {

	private static final String BUILD_INFO = "META-INF/build-info.properties";

	private static final String GIT = "git.properties";

	private VerdictKey() {
	}

	/**
	 * The key of a ruleset's verdict, or empty: no scenario directory (nothing to run),
	 * or a sufficiency scenario whose data is outside it (not in the digest).
	 */
	static Optional<String> of(String rulesetVersion, Path scenarios, String context) {
		if (!Files.isDirectory(scenarios)) {
			return Optional.empty();
		}
		try {
			Path root = scenarios.toAbsolutePath().normalize();
			for (Path file : ScenarioFiles.findSufficiency(root)) {
				String data = ScenarioFiles.readSufficiency(file).given().data();
				if (data != null && !file.getParent().resolve(data).normalize().startsWith(root)) {
					return Optional.empty();
				}
			}
			return Optional
				.of(Sha256.of("ruleset " + rulesetVersion + "\nscenarios " + filesOf(root) + "\n" + context));
		}
		catch (IOException | RuntimeException ex) {
			// a scenario that cannot be read fails in the gate, naming its file
			return Optional.empty();
		}
	}

	/** The digest of every regular file under {@code root}, by relative path. */
	private static String filesOf(Path root) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
				files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
			}
		}
		return Sha256.ofFiles(files);
	}

	/**
	 * The context of a verdict, or null when the build or the overrides are not known:
	 * only a packaged build (the application's {@code build-info.properties} read from a
	 * jar) is; classes run from a directory (an IDE, {@code target/classes}) may have
	 * changed since their build information was written.
	 */
	static @Nullable String context(@Nullable String build, String rulesBuild, String adjacencyOverrides) {
		String adjacency = adjacency(adjacencyOverrides);
		if (build == null || adjacency == null) {
			return null;
		}
		String jdk = System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version");
		return "build " + build + "\njdk " + jdk + "\nrules.build " + rulesBuild + "\nadjacency " + adjacency;
	}

	/**
	 * The running application's build (version, build time, commit), or null when it does
	 * not run from a packaged jar.
	 */
	static @Nullable String build(ClassLoader loader) {
		URL info = loader.getResource(BUILD_INFO);
		if (info == null || !info.getProtocol().equals("jar")) {
			return null;
		}
		URL git = loader.getResource(GIT);
		return build(read(info), (git != null) ? read(git) : new Properties());
	}

	/**
	 * The build whose classes are in {@code classes} (the build's output directory,
	 * before it is packaged), as {@link #build(ClassLoader)} will read it from the jar
	 * they are packaged into; null when that directory has no build information.
	 */
	static @Nullable String build(Path classes) throws IOException {
		Path info = classes.resolve(BUILD_INFO);
		if (!Files.isRegularFile(info)) {
			return null;
		}
		Path git = classes.resolve(GIT);
		return build(read(info.toUri().toURL()),
				Files.isRegularFile(git) ? read(git.toUri().toURL()) : new Properties());
	}

	private static String build(Properties build, Properties commit) {
		List<String> parts = new ArrayList<>(
				List.of(build.getProperty("build.version", "?"), "built", build.getProperty("build.time", "?")));
		if (commit.containsKey("git.commit.id.full")) {
			parts.add("commit " + commit.getProperty("git.commit.id.full")
					+ ("true".equals(commit.getProperty("git.dirty")) ? " (dirty)" : ""));
		}
		return String.join(" ", parts);
	}

	/**
	 * {@code resource} as the application's own jar holds it, or null: not there, or
	 * found elsewhere (a directory, another jar) than the build information the build is
	 * known by ({@link #build(ClassLoader)}).
	 */
	static @Nullable URL packaged(ClassLoader loader, String resource) {
		URL info = loader.getResource(BUILD_INFO);
		URL found = loader.getResource(resource);
		if (info == null || found == null || !info.getProtocol().equals("jar") || !found.getProtocol().equals("jar")) {
			return null;
		}
		return archive(info, BUILD_INFO).equals(archive(found, resource)) ? found : null;
	}

	/** The archive (and folder in it) a resource was found in. */
	private static String archive(URL url, String resource) {
		String text = url.toString();
		return text.endsWith("!/" + resource) ? text.substring(0, text.length() - resource.length()) : text;
	}

	private static @Nullable String adjacency(String overrides) {
		if (overrides.isBlank()) {
			return "none";
		}
		try {
			return overrides + " " + Sha256.of(Files.readAllBytes(Path.of(overrides)));
		}
		catch (IOException ex) {
			// not known exactly (the geography refuses to start on it anyway)
			return null;
		}
	}

	static Properties read(URL url) {
		Properties properties = new Properties();
		try (InputStream in = url.openStream()) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
