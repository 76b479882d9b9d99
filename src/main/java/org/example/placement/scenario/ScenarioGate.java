package org.example.placement.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.example.placement.decision.Geography;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.RuleDefinition;
import org.example.placement.decision.RuleEngine;
import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RuleProblem;
import org.example.placement.decision.Sha256;
import org.example.placement.decision.RulesetGate;
import org.example.placement.sufficiency.DutyRules;

/**
 * The one definition of a valid ruleset beyond compiling with complete metadata, asked by
 * the {@code validate} command and by the service before a ruleset serves: every scenario
 * under the directory passes against it (the decision scenarios through its placement
 * engine, the sufficiency scenarios through its duty rules and placement engine), and
 * every rule has a scenario where it fires and one where it does not. Coverage belongs
 * here and not only in the build: a rule that no scenario shows both ways is a rule whose
 * effect on decisions no one has checked, and hot reload must not be a way round
 * {@code validate}. Where there is no scenario directory there is nothing to check
 * against, and the verdict says that none were checked.
 */
public final class ScenarioGate implements RulesetGate {

	private final Path root;

	private final Geography geography;

	public ScenarioGate(Path root, Geography geography) {
		this.root = root;
		this.geography = geography;
	}

	/**
	 * A hash of every scenario file's path and bytes; changes when a scenario is added,
	 * edited or removed.
	 */
	@Override
	public String version() {
		try {
			Map<String, byte[]> files = new LinkedHashMap<>();
			for (Path file : ScenarioFiles.find(root)) {
				files.put(relative(file), Files.readAllBytes(file));
			}
			return Sha256.ofFiles(files);
		}
		catch (IOException | RuntimeException ex) {
			// stable while the failure is, so a ruleset rejected meanwhile is not checked
			// on every look
			return "unreadable: " + ex;
		}
	}

	@Override
	public Verdict check(Ruleset ruleset, RuleEngine candidate) {
		return report(ruleset, candidate).verdict();
	}

	/**
	 * The same check as {@link #check}, with every scenario's outcome kept for a report
	 * ({@code validate} shows each failing scenario's rankings and scores).
	 */
	public Report report(Ruleset ruleset, RuleEngine candidate) {
		if (!Files.isDirectory(root)) {
			return new Report(root, false, List.of(), List.of(), List.of(), ruleset.rules().size(), 0);
		}
		List<RuleProblem> problems = new ArrayList<>();
		PlacementDecider decider = new PlacementDecider(candidate, geography);
		List<ScenarioSuite.Outcome> outcomes = new ArrayList<>(ScenarioSuite.outcomes(root, decider, threads()));
		if (candidate instanceof DutyRules duty) {
			outcomes.addAll(
					ScenarioSuite.sufficiencyOutcomes(root, new SufficiencyScenarioRunner(duty, decider, geography)));
		}
		else if (!ScenarioFiles.findSufficiency(root).isEmpty()) {
			problems.add(new RuleProblem(root.toString(), 0,
					"the sufficiency scenarios could not be run: this engine does not evaluate the duty rules"));
		}
		List<RuleProblem> coverage = new ArrayList<>();
		int covered = checkCoverage(ruleset.rules(), coverage);
		return new Report(root, true, outcomes, problems, coverage, ruleset.rules().size(), covered);
	}

	/**
	 * Every core, unless the caller runs at the lowest priority: that is the service's
	 * one rules-build thread gating a reload while requests are served, and a reload may
	 * take one core and no more (issue 12), so its scenarios run on that thread's one
	 * helper. At start-up, in {@code validate} and in tests nothing else needs the
	 * machine.
	 */
	static int threads() {
		return (Thread.currentThread().getPriority() == Thread.MIN_PRIORITY) ? 1
				: Runtime.getRuntime().availableProcessors();
	}

	/**
	 * Every scenario's outcome, the problems that are not a scenario's (the sufficiency
	 * scenarios could not be run), the rules without a scenario either way, and how many
	 * of the ruleset's rules have a scenario where they fire and one where they do not.
	 */
	public record Report(Path root, boolean checked, List<ScenarioSuite.Outcome> outcomes, List<RuleProblem> problems,
			List<RuleProblem> coverage, int rules, int covered) {

		public Report {
			outcomes = List.copyOf(outcomes);
			problems = List.copyOf(problems);
			coverage = List.copyOf(coverage);
		}

		public List<ScenarioSuite.Outcome> failed() {
			return outcomes.stream().filter(outcome -> !outcome.passed()).toList();
		}

		/** The file of a scenario, as the problems name it. */
		public String fileOf(ScenarioSuite.Outcome outcome) {
			return root.resolve(outcome.path()).normalize().toString();
		}

		public Verdict verdict() {
			if (!checked) {
				return new Verdict(null, List.of());
			}
			List<RuleProblem> all = new ArrayList<>(problems);
			// what did not match, not the whole trace: `scenarios` prints that for each
			// failing file
			failed().forEach(outcome -> all.add(new RuleProblem(fileOf(outcome), 0,
					"scenario fails: " + outcome.title() + ": " + String.join("; ", outcome.failures()))));
			all.addAll(coverage);
			return new Verdict(outcomes.size(), all);
		}

	}

	/**
	 * Adds a problem for each rule without a scenario either way; how many are covered.
	 */
	private int checkCoverage(List<RuleDefinition> rules, List<RuleProblem> problems) {
		Coverage coverage;
		try {
			coverage = Coverage.of(root);
		}
		catch (RuntimeException ex) {
			// a scenario that cannot be read has failed above, naming its file
			return 0;
		}
		int covered = 0;
		List<String> withoutFires = coverage.withoutFires(rules);
		List<String> withoutDoesNotFire = coverage.withoutDoesNotFire(rules);
		for (RuleDefinition rule : rules) {
			if (withoutFires.contains(rule.id())) {
				problems.add(new RuleProblem(rule.file(), 0,
						"rule " + rule.id() + " has no scenario where it fires (expect.fired)"));
			}
			if (withoutDoesNotFire.contains(rule.id())) {
				problems.add(new RuleProblem(rule.file(), 0,
						"rule " + rule.id() + " has no scenario where it does not fire (expect.notFired)"));
			}
			covered += withoutFires.contains(rule.id()) || withoutDoesNotFire.contains(rule.id()) ? 0 : 1;
		}
		return covered;
	}

	private String relative(Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

}
