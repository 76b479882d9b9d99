package org.example.placement.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.example.placement.background.BackgroundThreads;
import org.example.placement.decision.PlacementDecider;

/**
 * Runs every scenario under a directory through one decider (and the sufficiency
 * scenarios through one ruleset's duty rules), for the CLI, CI reports and the ruleset
 * gate.
 */
public final class ScenarioSuite {

	private ScenarioSuite() {
	}

	/**
	 * One JUnit case per file, in path order; a file that cannot be read or decided is a
	 * failure too.
	 */
	public static List<JUnitXml.Case> run(Path root, PlacementDecider decider) {
		return outcomes(root, decider, Runtime.getRuntime().availableProcessors()).stream()
			.map(Outcome::asCase)
			.toList();
	}

	/**
	 * One outcome per file, in path order, run on {@code threads} threads; a file that
	 * cannot be read or decided is a failure too.
	 */
	public static List<Outcome> outcomes(Path root, PlacementDecider decider, int threads) {
		ScenarioRunner runner = new ScenarioRunner(decider);
		// scenarios are independent and the decider serves concurrent requests anyway:
		// run them on as many threads as the caller allows, at the caller's priority (the
		// service's low-priority rules-build thread stays low), loading classes as the
		// caller does (a common-pool thread cannot find the engine's services from a jar)
		Thread caller = Thread.currentThread();
		ClassLoader loader = caller.getContextClassLoader();
		int priority = caller.getPriority();
		ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
			Thread thread = threadLike(priority, task);
			thread.setContextClassLoader(loader);
			return thread;
		});
		try {
			List<Future<Outcome>> outcomes = ScenarioFiles.find(root)
				.stream()
				.map(file -> pool.submit(() -> outcome(root, runner, file)))
				.toList();
			return outcomes.stream().map(ScenarioSuite::done).toList();
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * A scenario thread at the caller's priority: a background one (the lowest, the
	 * service's rules-build thread gating a reload) stays behind the request threads
	 * ({@link BackgroundThreads}).
	 */
	static Thread threadLike(int priority, Runnable task) {
		if (priority == Thread.MIN_PRIORITY) {
			return BackgroundThreads.named("scenarios").newThread(task);
		}
		Thread thread = new Thread(task, "scenarios");
		thread.setDaemon(true);
		thread.setPriority(priority);
		return thread;
	}

	private static Outcome done(Future<Outcome> outcome) {
		try {
			return outcome.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while running scenarios", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("a scenario could not be run", ex.getCause());
		}
	}

	private static Outcome outcome(Path root, ScenarioRunner runner, Path file) {
		String path = root.relativize(file).toString().replace('\\', '/');
		try {
			Scenario scenario = ScenarioFiles.read(file);
			ScenarioRunner.Result result = runner.run(scenario);
			return new Outcome(path, scenario.title(), result.failures(), result.passed() ? null : result.report(),
					result.passed() ? List.of() : Rankings.of(scenario.expect(), result.decision()));
		}
		catch (RuntimeException ex) {
			String failure = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			return new Outcome(path, "(unreadable)", List.of(failure), failure);
		}
	}

	/**
	 * One outcome per sufficiency scenario ({@code sufficiency} folders), in path order,
	 * run through the duty rules and placement engine of one ruleset; a file that cannot
	 * be read or assessed is a failure too.
	 */
	public static List<Outcome> sufficiencyOutcomes(Path root, SufficiencyScenarioRunner runner) {
		List<Outcome> outcomes = new ArrayList<>();
		for (Path file : ScenarioFiles.findSufficiency(root)) {
			String path = root.relativize(file).toString().replace('\\', '/');
			try {
				String title = ScenarioFiles.readSufficiency(file).title();
				List<String> failures = runner.run(file).failures();
				outcomes
					.add(new Outcome(path, title, failures, failures.isEmpty() ? null : String.join("\n", failures)));
			}
			catch (RuntimeException ex) {
				String failure = ex.getClass().getSimpleName() + ": " + ex.getMessage();
				outcomes.add(new Outcome(path, "(unreadable)", List.of(failure), failure));
			}
		}
		return outcomes;
	}

	/**
	 * One scenario file's outcome: its path relative to the scenario directory, its
	 * title, what did not match (empty when it passed) and, when it failed, the full
	 * report with every rule that fired and its expected and actual ranking with scores
	 * ({@link Rankings}).
	 */
	public record Outcome(String path, String title, List<String> failures, String report, List<String> rankings) {

		public Outcome {
			failures = List.copyOf(failures);
			rankings = List.copyOf(rankings);
		}

		/**
		 * An outcome with no ranking to show (a sufficiency scenario, an unreadable
		 * file).
		 */
		public Outcome(String path, String title, List<String> failures, String report) {
			this(path, title, failures, report, List.of());
		}

		public boolean passed() {
			return failures.isEmpty();
		}

		JUnitXml.Case asCase() {
			return new JUnitXml.Case(path, title, passed() ? null : report);
		}

	}

}
