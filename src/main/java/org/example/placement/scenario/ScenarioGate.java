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
		if (!Files.isDirectory(root)) {
			return new Verdict(null, List.of());
		}
		List<RuleProblem> problems = new ArrayList<>();
		PlacementDecider decider = new PlacementDecider(candidate, geography);
		List<ScenarioSuite.Outcome> outcomes = new ArrayList<>(ScenarioSuite.outcomes(root, decider));
		if (candidate instanceof DutyRules duty) {
			outcomes.addAll(
					ScenarioSuite.sufficiencyOutcomes(root, new SufficiencyScenarioRunner(duty, decider, geography)));
		}
		else if (!ScenarioFiles.findSufficiency(root).isEmpty()) {
			problems.add(new RuleProblem(root.toString(), 0,
					"the sufficiency scenarios could not be run: this engine does not evaluate the duty rules"));
		}
		for (ScenarioSuite.Outcome outcome : outcomes) {
			if (!outcome.passed()) {
				// what did not match, not the whole trace: `scenarios` prints that for
				// each failing file
				problems.add(new RuleProblem(root.resolve(outcome.path()).normalize().toString(), 0,
						"scenario fails: " + outcome.title() + ": " + String.join("; ", outcome.failures())));
			}
		}
		checkCoverage(ruleset.rules(), problems);
		return new Verdict(outcomes.size(), problems);
	}

	private void checkCoverage(List<RuleDefinition> rules, List<RuleProblem> problems) {
		Coverage coverage;
		try {
			coverage = Coverage.of(root);
		}
		catch (RuntimeException ex) {
			// a scenario that cannot be read has failed above, naming its file
			return;
		}
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
		}
	}

	private String relative(Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

}
