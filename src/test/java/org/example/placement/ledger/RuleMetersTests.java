package org.example.placement.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.example.placement.decision.Decision;
import org.example.placement.decision.Effect;
import org.example.placement.decision.Location;
import org.example.placement.decision.Match;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.decision.RuleDefinition;
import org.example.placement.decision.Tier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleMetersTests {

	private final MeterRegistry registry = new SimpleMeterRegistry();

	private final RuleMeters meters = new RuleMeters(registry);

	@Test
	void countsEachRulesFiringsAndExclusionsAcrossDecisionsThatMeetNewRules() {
		Random random = new Random(12);
		Map<String, Integer> fired = new HashMap<>();
		Map<String, Integer> excluded = new HashMap<>();
		// later decisions meet rule ids the earlier ones did not, some in mid-decision
		for (int i = 0; i < 40; i++) {
			Decision decision = aDecision(random, 5 + i);
			meters.count(decision);
			decision.trace().forEach((match) -> fired.merge(match.rule().id(), 1, Integer::sum));
			decision.candidates()
				.forEach((candidate) -> candidate.findings()
					.stream()
					.filter((finding) -> finding.effect() == Effect.EXCLUDE)
					.forEach((finding) -> excluded.merge(finding.ruleId(), 1, Integer::sum)));
		}

		assertThat(counts("placement.rule.firings")).isEqualTo(fired);
		assertThat(counts("placement.rule.exclusions")).isEqualTo(excluded);
	}

	@Test
	void registersARulesCounterOnlyOnceItFiredOrExcluded() {
		RuleDefinition fires = rule("ENG-A-1", Effect.PREFER);
		RuleDefinition excludes = rule("ENG-B-1", Effect.EXCLUDE);
		meters.count(decision(List.of(new Match(fires, "FC-1")), List.of(candidate("FC-2", excludes))));

		assertThat(counts("placement.rule.firings")).isEqualTo(Map.of("ENG-A-1", 1));
		assertThat(counts("placement.rule.exclusions")).isEqualTo(Map.of("ENG-B-1", 1));
		assertThat(registry.get("placement.rule.firings").counter().getId().getDescription())
			.isEqualTo("Rule firings in recorded decisions, by rule id");
		assertThat(registry.get("placement.rule.exclusions").counter().getId().getDescription())
			.isEqualTo("Candidates excluded in recorded decisions, by the rule id that excluded them");
	}

	@Test
	void countsEveryDecisionOfThreadsCountingAtOnce() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				Random random = new Random(t);
				done.add(threads.submit(() -> {
					for (int i = 0; i < 200; i++) {
						meters.count(aDecision(random, 30));
					}
				}));
			}
			for (Future<?> each : done) {
				each.get();
			}
		}
		finally {
			threads.shutdown();
		}
		// every decision fires 20 rules and excludes by 2, each a rule object of its own:
		// some 17,600, so the table is begun again past RuleMeters.MOST
		assertThat(counts("placement.rule.firings").values().stream().mapToInt(Integer::intValue).sum())
			.isEqualTo(4 * 200 * 20);
		assertThat(counts("placement.rule.exclusions").values().stream().mapToInt(Integer::intValue).sum())
			.isEqualTo(4 * 200 * 2);
	}

	private Map<String, Integer> counts(String name) {
		Map<String, Integer> counts = new HashMap<>();
		for (Counter counter : registry.find(name).counters()) {
			counts.put(counter.getId().getTag("rule"), (int) counter.count());
		}
		return counts;
	}

	/** 20 firings and 2 exclusions among the first {@code rules} rule ids. */
	private static Decision aDecision(Random random, int rules) {
		List<Match> trace = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			trace.add(new Match(rule("ENG-R-" + random.nextInt(rules), Effect.PREFER), "FC-" + i));
		}
		List<RankedCandidate> candidates = List.of(
				candidate("FC-1", rule("ENG-R-" + random.nextInt(rules), Effect.TIER),
						rule("ENG-X-" + random.nextInt(rules), Effect.EXCLUDE)),
				candidate("FC-2", rule("ENG-X-" + random.nextInt(rules), Effect.EXCLUDE)));
		return decision(trace, candidates);
	}

	private static Decision decision(List<Match> trace, List<RankedCandidate> candidates) {
		return new Decision("d-1", "sha256:" + "1".repeat(64), LocalDate.of(2026, 12, 1), Decisions.DURHAM, candidates,
				List.of(), trace);
	}

	private static RankedCandidate candidate(String ref, RuleDefinition... rules) {
		List<RankedCandidate.Finding> findings = new ArrayList<>();
		for (RuleDefinition rule : rules) {
			findings.add(new RankedCandidate.Finding(rule.id(), rule.effect(), rule.weight()));
		}
		return new RankedCandidate(ref, 1, RankedCandidate.Status.ELIGIBLE, Tier.OTHER, 0, new BigDecimal("3.0"),
				Decisions.DURHAM, Location.IN, false, findings, List.of(), List.of());
	}

	private static RuleDefinition rule(String id, Effect effect) {
		return new RuleDefinition(id, "Title of " + id, "Children Act 1989 s22C", null, effect, null, null, null, null,
				null, LocalDate.of(2011, 4, 1), null, "england", "england/" + id + ".drl");
	}

}
