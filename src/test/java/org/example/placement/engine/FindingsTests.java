package org.example.placement.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.example.placement.decision.Effect;
import org.example.placement.decision.Match;
import org.example.placement.decision.RuleDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Findings sorted by numbers come out exactly as sorting by the strings did: by candidate
 * reference, then rule id, in {@link String#compareTo} order, each once, and the trace is
 * every finding and every classification, each once.
 */
class FindingsTests {

	/** The order the evaluation promises, compared as strings. */
	private static final Comparator<Match> BY_STRINGS = Comparator.comparing(Match::candidateRef)
		.thenComparing((match) -> match.rule().id());

	@Test
	void sortsAsComparingTheReferenceThenTheRuleIdDropsRepeatsAndMergesTheTrace() {
		Random random = new Random(13);
		for (int round = 0; round < 200; round++) {
			Map<String, RuleDefinition> rules = rules(random, 1 + random.nextInt(40));
			List<RuleDefinition> all = List.copyOf(rules.values());
			List<String> refs = references(random, 1 + random.nextInt(30));
			Findings findings = new Findings(rules);
			Findings.Collected collected = findings.collect();
			TreeSet<Match> expectedFindings = new TreeSet<>(BY_STRINGS);
			TreeSet<Match> expectedTrace = new TreeSet<>(BY_STRINGS);
			int events = random.nextInt(300);
			for (int event = 0; event < events; event++) {
				RuleDefinition rule = all.get(random.nextInt(all.size()));
				Match match = new Match(rule, refs.get(random.nextInt(refs.size())));
				if (rule.effect() == Effect.DERIVE && random.nextBoolean()) {
					collected.firing(findings.derivation(rule.id()), match.candidateRef());
				}
				else {
					collected.finding(rule.id(), match.candidateRef());
					expectedFindings.add(match);
				}
				expectedTrace.add(match);
			}
			Findings.Sorted sorted = collected.sorted();
			assertThat(sorted.findings()).containsExactlyElementsOf(expectedFindings);
			assertThat(sorted.trace()).containsExactlyElementsOf(expectedTrace);
		}
	}

	@Test
	void onlyClassificationsAreDerivations() {
		Map<String, RuleDefinition> rules = rules(new Random(1), 30);
		Findings findings = new Findings(rules);
		rules.values()
			.forEach((rule) -> assertThat(findings.derivation(rule.id()) != null)
				.isEqualTo(rule.effect() == Effect.DERIVE));
	}

	@Test
	void aHitOfARuleNotInTheRulesetIsAnError() {
		Findings.Collected collected = new Findings(rules(new Random(2), 3)).collect();
		assertThatIllegalStateException().isThrownBy(() -> collected.finding("ENG-NOT-THERE", "c1"));
	}

	private static Map<String, RuleDefinition> rules(Random random, int count) {
		Map<String, RuleDefinition> rules = new LinkedHashMap<>();
		Effect[] effects = { Effect.DERIVE, Effect.PREFER, Effect.EXCLUDE, Effect.NOTE };
		while (rules.size() < count) {
			String id = (random.nextBoolean() ? "ENG-S" : "LOCAL-E06000047-") + random.nextInt(120)
					+ (random.nextBoolean() ? "A" : "");
			Effect effect = effects[random.nextInt(effects.length)];
			rules.put(id,
					new RuleDefinition(id, id + " title", "Children Act 1989 s22C", null, effect,
							effect == Effect.PREFER ? 10 : null, null, null, null, null, LocalDate.of(2011, 4, 1), null,
							"england", "england/x.drl"));
		}
		return rules;
	}

	private static List<String> references(Random random, int count) {
		List<String> refs = new ArrayList<>(List.of(Match.DECISION));
		String[] stems = { "c", "C", "cand-", "Z", "a" };
		while (refs.size() < count) {
			refs.add(stems[random.nextInt(stems.length)] + random.nextInt(200));
		}
		return refs;
	}

}
