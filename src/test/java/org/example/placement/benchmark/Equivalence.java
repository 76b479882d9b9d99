package org.example.placement.benchmark;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.example.placement.decision.Comparison;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.decision.Ranking;
import org.example.placement.decision.RuleDefinition;
import org.example.placement.decision.Situation;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import java.nio.file.Path;
import java.util.TreeMap;

/**
 * Guards the comparison: the hand-written reference must rank exactly as Drools does on
 * the benchmark data, or the figures compare different work. Run at benchmark set-up.
 */
final class Equivalence {

	private Equivalence() {
	}

	/** Rule metadata by id, from a build of the rules. */
	static Map<String, RuleDefinition> ruleDefinitions(DroolsRuleEngine engine) {
		return engine.current().rules().stream().collect(Collectors.toMap(RuleDefinition::id, Function.identity()));
	}

	/**
	 * Throws unless both hand-written variants agree with {@code PlacementDecider} over
	 * Drools; {@code engine} must serve the subset ({@link HandWrittenRules#copySubset}).
	 */
	static void check(DroolsRuleEngine engine, DecisionRequest request) {
		Decision drools = new PlacementDecider(engine, new BenchmarkData.FixedGeography()).decide(request);
		Situation situation = Situation.of(request, BenchmarkData.RESPONSIBLE_AUTHORITY);
		List<HandWrittenRules.Scored> plain = HandWrittenRules.rank(situation, request.child(), request.candidates());
		Ranking.Result full = Ranking.rank(request.candidates(),
				HandWrittenRules.matches(situation, request.child(), request.candidates(), ruleDefinitions(engine)));
		List<String> expected = drools.candidates().stream().map(Equivalence::key).toList();
		List<String> plainKeys = plain.stream()
			.map(s -> s.candidate().ref() + " excluded=" + s.excluded() + " " + s.tier() + " " + s.score())
			.toList();
		List<String> droolsPlainKeys = drools.candidates()
			.stream()
			.map(c -> c.ref() + " excluded=" + (c.status() == RankedCandidate.Status.EXCLUDED) + " " + c.tier() + " "
					+ c.score())
			.toList();
		require(droolsPlainKeys, plainKeys, "plain hand-written ranking");
		require(expected, full.candidates().stream().map(Equivalence::key).toList(), "hand-written findings");
		require(drools.comparisons().stream().map(Comparison::decidedBy).toList(),
				full.comparisons().stream().map(Comparison::decidedBy).toList(), "comparisons");
	}

	private static String key(RankedCandidate c) {
		return c.ref() + " " + c.rank() + " " + c.status() + " " + c.tier() + " " + c.score() + " "
				+ c.findings().stream().map(RankedCandidate.Finding::ruleId).sorted().toList();
	}

	private static <T> void require(List<T> expected, List<T> actual, String what) {
		if (!expected.equals(actual)) {
			for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
				if (!expected.get(i).equals(actual.get(i))) {
					throw new IllegalStateException(what + " differs from Drools at position " + i + ": expected "
							+ expected.get(i) + " but was " + actual.get(i));
				}
			}
			throw new IllegalStateException(
					what + " differs from Drools in size: " + expected.size() + " against " + actual.size());
		}
	}

	/**
	 * Stand-alone check, e.g. after changing the rules: the subset against the
	 * hand-written reference in both build modes, and what the generated data looks like
	 * under the full rules.
	 */
	public static void main(String[] args) {
		BenchmarkData.quietLogging();
		Path subset = HandWrittenRules.copySubset(BenchmarkData.rulesDir());
		for (BuildMode mode : BuildMode.values()) {
			DroolsRuleEngine subsetEngine = new DroolsRuleEngine(subset, mode, Clock.systemUTC());
			DroolsRuleEngine fullEngine = new DroolsRuleEngine(BenchmarkData.rulesDir(), mode, Clock.systemUTC());
			for (int n : new int[] { 50, 1000 }) {
				DecisionRequest request = BenchmarkData.request(n);
				check(subsetEngine, request);
				System.out.println(mode + " x" + n + ": hand-written reference agrees with Drools on the subset ("
						+ subsetEngine.current().rules().size() + " rules); " + mix(subsetEngine, request));
				System.out.println(mode + " x" + n + ": full ruleset (" + fullEngine.current().rules().size()
						+ " rules): " + mix(fullEngine, request));
			}
		}
	}

	private static String mix(DroolsRuleEngine engine, DecisionRequest request) {
		Decision d = new PlacementDecider(engine, new BenchmarkData.FixedGeography()).decide(request);
		return d.candidates()
			.stream()
			.collect(Collectors.groupingBy(c -> c.status() + "/" + c.tier(), TreeMap::new, Collectors.counting()))
				+ ", " + d.trace().size() + " firings, " + d.trace().stream().map(m -> m.rule().id()).distinct().count()
				+ " distinct rules fired";
	}

}
