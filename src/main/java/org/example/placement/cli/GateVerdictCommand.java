package org.example.placement.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;

import org.example.placement.PlacementApplication;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.engine.RulesetRejectedException;
import org.example.placement.geography.ReferenceGeography;
import org.example.placement.scenario.PackagedVerdict;
import org.example.placement.scenario.ScenarioGate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The build's step before the jar is packaged (issue 12 item 4; {@code pom.xml}, phase
 * {@code prepare-package}): compiles the rules and runs the scenario gate exactly as the
 * service's start does (the same compiler, build mode and {@link ScenarioGate}), and if
 * the ruleset passes records that pass in the build's classes
 * ({@link PackagedVerdict#RESOURCE}), keyed as the service keys it, so that a first start
 * of that jar on the same files and JDK need not run the scenarios. A ruleset that does
 * not pass leaves no verdict (exit 1): the service then gates it at start and refuses it,
 * as without this step. Hidden: not a command for policy staff.
 */
@Command(name = "gate-verdict", hidden = true, mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "Run the scenario gate on a build's rules and record its pass in the build's classes.")
final class GateVerdictCommand implements Callable<Integer> {

	/**
	 * What the service reads for {@code placement.geo.adjacency-overrides}, as the
	 * geography does.
	 */
	private static final String OVERRIDES = "PLACEMENT_GEO_ADJACENCY_OVERRIDES";

	@Spec
	CommandSpec spec;

	@Mixin
	RuleDirectoryOptions directories;

	@Option(names = "--classes", required = true, description = "the build's classes, before they are packaged")
	Path classes;

	@Override
	public Integer call() throws IOException {
		PackagedVerdict.removeFrom(this.classes);
		String mode = rulesBuild(this.classes);
		String overrides = Optional.ofNullable(System.getenv(OVERRIDES)).orElse("");
		Optional<PackagedVerdict> before = PackagedVerdict.of("", 0, directories.scenarios, this.classes, mode,
				overrides);
		DroolsRuleEngine engine;
		try {
			engine = new DroolsRuleEngine(directories.rules, BuildMode.valueOf(mode), PlacementApplication.WALL_CLOCK,
					new ScenarioGate(directories.scenarios, ReferenceGeography.load()));
		}
		catch (RulesetRejectedException ex) {
			out().println("No gate verdict recorded: the rules in " + directories.rules + " do not pass ("
					+ ex.problems().size() + " problem(s)); the service gates them at start and refuses them");
			return ExitCodes.FAILED;
		}
		try (engine) {
			String version = engine.current().version();
			Integer checked = engine.status().scenariosChecked();
			Optional<PackagedVerdict> verdict = (checked == null) ? Optional.empty()
					: PackagedVerdict.of(version, checked, directories.scenarios, this.classes, mode, overrides);
			Optional<PackagedVerdict> after = PackagedVerdict.of("", 0, directories.scenarios, this.classes, mode,
					overrides);
			if (verdict.isEmpty() || !before.map(PackagedVerdict::key).equals(after.map(PackagedVerdict::key))) {
				out().println("No gate verdict recorded: no key (no build information in " + this.classes
						+ ", no scenarios, or scenario files that changed while they ran)");
				return ExitCodes.OK;
			}
			Path file = verdict.get().writeInto(this.classes);
			out().println("Gate verdict recorded in " + file + ": ruleset " + version + " passed " + checked
					+ " scenarios (" + mode + ", " + verdict.get().build() + ")");
			return ExitCodes.OK;
		}
	}

	/** The build mode the packaged configuration gives the service by default. */
	private static String rulesBuild(Path classes) throws IOException {
		Properties properties = new Properties();
		Path file = classes.resolve("application.properties");
		if (Files.isRegularFile(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				properties.load(in);
			}
		}
		return properties.getProperty("placement.rules.build", BuildMode.MVEL.name()).trim();
	}

	private PrintWriter out() {
		return this.spec.commandLine().getOut();
	}

}
