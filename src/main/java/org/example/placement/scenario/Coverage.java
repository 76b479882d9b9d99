package org.example.placement.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.example.placement.decision.RuleDefinition;
import org.example.placement.scenario.Expectation.RuleOnCandidate;

/**
 * Which scenarios show each rule firing and not firing. Every rule needs both (the
 * gatekeeper allowed/disallowed pairing); the build and {@code validate} enforce it.
 */
public record Coverage(Map<String, Set<String>> fires, Map<String, Set<String>> doesNotFire) {

	/** Reads every scenario under {@code root}; scenario paths are relative to it. */
	public static Coverage of(Path root) {
		Map<String, Set<String>> fires = new TreeMap<>();
		Map<String, Set<String>> doesNotFire = new TreeMap<>();
		for (Path file : ScenarioFiles.find(root)) {
			Expectation expect = ScenarioFiles.read(file).expect();
			String name = root.relativize(file).toString().replace('\\', '/');
			if (expect != null) {
				expect.fired().stream().map(RuleOnCandidate::rule).forEach(r -> add(fires, r, name));
				expect.notFired().stream().map(RuleOnCandidate::rule).forEach(r -> add(doesNotFire, r, name));
			}
		}
		for (Path file : ScenarioFiles.findSufficiency(root)) {
			SufficiencyScenario.Expectation expect = ScenarioFiles.readSufficiency(file).expect();
			String name = root.relativize(file).toString().replace('\\', '/');
			expect.fired().stream().map(RuleOnCandidate::rule).forEach(r -> add(fires, r, name));
			expect.notFired().stream().map(RuleOnCandidate::rule).forEach(r -> add(doesNotFire, r, name));
		}
		return new Coverage(fires, doesNotFire);
	}

	/** Rule ids that no scenario shows firing. */
	public List<String> withoutFires(List<RuleDefinition> rules) {
		return rules.stream().map(RuleDefinition::id).filter(id -> !fires.containsKey(id)).toList();
	}

	/** Rule ids that no scenario shows not firing. */
	public List<String> withoutDoesNotFire(List<RuleDefinition> rules) {
		return rules.stream().map(RuleDefinition::id).filter(id -> !doesNotFire.containsKey(id)).toList();
	}

	/** The scenarios that mention a rule, either way. */
	public Set<String> scenariosOf(String ruleId) {
		Set<String> all = new TreeSet<>(fires.getOrDefault(ruleId, Set.of()));
		all.addAll(doesNotFire.getOrDefault(ruleId, Set.of()));
		return all;
	}

	private static void add(Map<String, Set<String>> map, String rule, String scenario) {
		map.computeIfAbsent(rule, k -> new TreeSet<>()).add(scenario);
	}

}
