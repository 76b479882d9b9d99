package org.example.placement.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.example.placement.decision.Geography;
import org.example.placement.decision.RuleProblem;
import org.example.placement.decision.Ruleset;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.engine.RulesetRejectedException;
import org.example.placement.geography.ReferenceGeography;
import org.example.placement.scenario.ScenarioGate;
import org.example.placement.scenario.ScenarioSuite.Outcome;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Checks a rules directory before it goes live: it compiles, every rule's metadata is
 * well formed, every scenario passes against it, and every rule has a scenario where it
 * fires and one where it does not. Exit 0 only when all of that holds. The scenario part
 * is the {@link ScenarioGate} the service asks before a ruleset serves, so the two cannot
 * disagree; unlike the service, {@code validate} insists on a scenario directory.
 * <p>
 * It prints a summary first (rules, scenarios, coverage, PASS or FAIL), then each
 * failure: a problem with file and line, or a failing scenario with what did not match
 * and its expected and actual ranking with the scores. It compiles the rules once and
 * starts no application context (only the geography the scenarios need); the engine's and
 * framework's logging is off unless {@code --verbose}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
		exitCodeListHeading = ExitCodes.HEADING,
		exitCodeList = { " 0:the rules compile with complete metadata, every scenario passes and every rule is covered",
				" 1:a rule does not compile or its metadata is incomplete, a scenario fails, a rule lacks coverage, or the scenario directory is missing",
				ExitCodes.USAGE_LINE, ExitCodes.ERROR_LINE },
		description = "Compile and check a rules directory and run every scenario against it.")
final class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	RuleDirectoryOptions directories;

	@Option(names = "--verbose", description = "show the rule engine's and framework's log (off by default)")
	boolean verbose;

	@Override
	public Integer call() {
		Cli.quiet(!verbose);
		FutureTask<Geography> geography = loadInBackground();
		DroolsRuleEngine engine;
		try {
			engine = Services.compile(directories.rules);
		}
		catch (RulesetRejectedException ex) {
			summary("does not compile or validate: " + ex.problems().size() + " problem(s)", "not run", "not checked",
					false);
			failures(ex.problems(), List.of(), null);
			return 1;
		}
		Ruleset ruleset = engine.current();
		String compiled = ruleset.rules().size() + " in " + ruleset.files().size()
				+ " files compile with complete metadata (" + ruleset.version() + ")";
		if (!Files.isDirectory(directories.scenarios)) {
			summary(compiled, directories.scenarios + ": scenario directory not found", "not checked", false);
			return 1;
		}
		ScenarioGate.Report report = new ScenarioGate(directories.scenarios, loaded(geography)).report(ruleset, engine);
		boolean passed = report.verdict().passed();
		int failed = report.failed().size();
		summary(compiled,
				report.outcomes().size() + " run: " + (report.outcomes().size() - failed) + " passed, " + failed
						+ " failed",
				report.covered() + " of " + report.rules()
						+ " rules have a scenario where they fire and one where they do not",
				passed);
		failures(report.problems(), report.failed(), report);
		report.coverage().forEach(p -> out().println("FAIL " + p));
		if (failed > 0) {
			out().println();
			out().println("(`scenarios " + directories.scenarios + " --rules " + directories.rules
					+ "` shows every rule that fired in each failing scenario)");
		}
		return passed ? 0 : 1;
	}

	private void summary(String compiled, String scenarioLine, String coverage, boolean passed) {
		out().println((passed ? "PASS " : "FAIL ") + directories.rules);
		out().println("  rules      " + compiled);
		out().println("  scenarios  " + scenarioLine);
		out().println("  coverage   " + coverage);
		out().println("  result     " + (passed ? "PASS" : "FAIL"));
	}

	private void failures(List<RuleProblem> problems, List<Outcome> failed, ScenarioGate.@Nullable Report report) {
		if (problems.isEmpty() && failed.isEmpty() && (report == null || report.coverage().isEmpty())) {
			return;
		}
		out().println();
		out().println("Failures:");
		problems.forEach(p -> out().println("FAIL " + p));
		for (Outcome outcome : failed) {
			out().println("FAIL " + report.fileOf(outcome) + ": " + outcome.title());
			outcome.failures().forEach(f -> out().println("  - " + f));
			outcome.rankings().forEach(line -> out().println("  " + line));
		}
	}

	/** The geography loads while the rules compile: each takes a core. */
	private static FutureTask<Geography> loadInBackground() {
		FutureTask<Geography> geography = new FutureTask<>(ReferenceGeography::load);
		Thread loading = new Thread(geography, "geography");
		loading.setDaemon(true);
		loading.start();
		return geography;
	}

	private static Geography loaded(FutureTask<Geography> geography) {
		try {
			return geography.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while loading the geography", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("the geography could not be loaded", ex.getCause());
		}
	}

	private PrintWriter out() {
		return spec.commandLine().getOut();
	}

}
