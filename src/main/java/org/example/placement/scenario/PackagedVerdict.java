package org.example.placement.scenario;

import java.io.IOException;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * The scenario gate's pass on the rules and scenarios the application was built with,
 * recorded by the build in the jar itself ({@link #RESOURCE}, written before the jar is
 * packaged), so that a first start on those same files, the same JDK and the same
 * configuration need not run the scenarios (issue 12 item 4): the record in the decision
 * log's database ({@link KnownVerdicts}) only helps a restart. It is keyed exactly as
 * that record is ({@link VerdictKey}): a changed rule or scenario file, another JDK,
 * build mode or adjacency overrides give another key, and the scenarios run. It is read
 * only from the jar the application's own build information is read from, so a verdict
 * copied from another build, or put on the class path beside the jar, is never taken.
 *
 * @param key the verdict's key ({@link VerdictKey#of})
 * @param ruleset the ruleset's version, for whoever reads the file
 * @param scenarios how many scenarios passed
 * @param build the build, as {@link VerdictKey#build(Path)} names it
 */
public record PackagedVerdict(String key, String ruleset, int scenarios, String build) {

	/** Where in the jar the build records it. */
	public static final String RESOURCE = "META-INF/placement/gate-verdict.properties";

	/**
	 * The pass the build recorded, if the application's own jar holds one for this
	 * {@code build}.
	 */
	static Optional<PackagedVerdict> read(ClassLoader loader, @Nullable String build) {
		URL resource = VerdictKey.packaged(loader, RESOURCE);
		if (resource == null || build == null) {
			return Optional.empty();
		}
		try {
			Properties verdict = VerdictKey.read(resource);
			PackagedVerdict packaged = new PackagedVerdict(verdict.getProperty("key", ""),
					verdict.getProperty("ruleset", ""), Integer.parseInt(verdict.getProperty("scenarios", "-1")),
					verdict.getProperty("build", ""));
			return (packaged.build().equals(build) && packaged.scenarios() >= 0) ? Optional.of(packaged)
					: Optional.empty();
		}
		catch (RuntimeException ex) {
			// unreadable: the scenarios run, as without it
			return Optional.empty();
		}
	}

	/**
	 * The verdict for a ruleset that passed {@code scenariosChecked} scenarios under
	 * {@code scenarios}, for the build whose classes are in {@code classes}; empty when
	 * there is no key (no build information there, scenario data outside the scenarios
	 * directory, adjacency overrides that cannot be read).
	 */
	public static Optional<PackagedVerdict> of(String rulesetVersion, int scenariosChecked, Path scenarios,
			Path classes, String rulesBuild, String adjacencyOverrides) throws IOException {
		String build = VerdictKey.build(classes);
		String context = VerdictKey.context(build, rulesBuild, adjacencyOverrides);
		if (build == null || context == null) {
			return Optional.empty();
		}
		return VerdictKey.of(rulesetVersion, scenarios, context)
			.map((key) -> new PackagedVerdict(key, rulesetVersion, scenariosChecked, build));
	}

	/**
	 * Writes it where the jar will take it from: {@link #RESOURCE} under {@code classes}.
	 */
	public Path writeInto(Path classes) throws IOException {
		Properties verdict = new Properties();
		verdict.setProperty("key", this.key);
		verdict.setProperty("ruleset", this.ruleset);
		verdict.setProperty("scenarios", Integer.toString(this.scenarios));
		verdict.setProperty("build", this.build);
		Path file = classes.resolve(RESOURCE);
		Files.createDirectories(file.getParent());
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			verdict.store(out, "The scenario gate's pass on the packaged rules and scenarios, made by the build");
		}
		return file;
	}

	/** Removes a verdict an earlier build left under {@code classes}. */
	public static void removeFrom(Path classes) throws IOException {
		Files.deleteIfExists(classes.resolve(RESOURCE));
	}

}
