package org.example.placement.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hit's equality and hash, written out, are the record's (truth maintenance keeps one
 * fact per equal hit), and each rule's effect is its own, whatever rule of the same name
 * another ruleset had.
 */
class RuleHitTests {

	@Test
	void equalExactlyWhenEveryComponentIsAndHashedAsARecord() {
		String[] ids = { "ENG-S22C-8A", "LOCAL-E06000047-001", null };
		String[] refs = { "c1", "c2", RuleHit.DECISION, null };
		String[] effects = { "EXCLUDE", "PREFER", null };
		for (String id : ids) {
			for (String ref : refs) {
				for (String effect : effects) {
					RuleHit hit = new RuleHit(copy(id), copy(ref), copy(effect));
					assertThat(hit.hashCode()).isEqualTo(recordHash(id, ref, effect));
					assertThat(hit.equals(null)).isFalse();
					for (String otherId : ids) {
						for (String otherRef : refs) {
							for (String otherEffect : effects) {
								boolean same = Objects.equals(id, otherId) && Objects.equals(ref, otherRef)
										&& Objects.equals(effect, otherEffect);
								assertThat(hit.equals(new RuleHit(copy(otherId), copy(otherRef), copy(otherEffect))))
									.isEqualTo(same);
							}
						}
					}
				}
			}
		}
	}

	@Test
	void eachRuleHasItsOwnEffectEvenUnderTheSameName() {
		Rule before = new NamedRule("ENG-X-1", Map.of("effect", "\"EXCLUDE\""));
		Rule after = new NamedRule("ENG-X-1", Map.of("effect", " \"PREFER\" "));
		Rule none = new NamedRule("ENG-X-2", Map.of());
		for (int round = 0; round < 3; round++) {
			assertThat(RuleHit.forDecision(before).effect()).isEqualTo("EXCLUDE");
			assertThat(RuleHit.forDecision(after).effect()).isEqualTo("PREFER");
			assertThat(RuleHit.forDecision(none).effect()).isNull();
		}
	}

	@Test
	void manyMoreRulesThanRememberedStillGetTheirOwnEffects() {
		List<Rule> rules = IntStream.range(0, 5000)
			.mapToObj((i) -> (Rule) new NamedRule("R-" + i, Map.of("effect", (i % 3 == 0) ? "EXCLUDE" : "NOTE")))
			.toList();
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < rules.size(); i++) {
				assertThat(RuleHit.forDecision(rules.get(i)).effect()).isEqualTo((i % 3 == 0) ? "EXCLUDE" : "NOTE");
			}
		}
	}

	/** As {@code java.lang.runtime.ObjectMethods} combines a record's components. */
	private static int recordHash(Object... components) {
		int hash = 0;
		for (Object component : components) {
			hash = hash * 31 + Objects.hashCode(component);
		}
		return hash;
	}

	/** A distinct instance of an equal string, so equality is not identity. */
	private static String copy(String text) {
		return (text == null) ? null : new String(text.toCharArray());
	}

	private record NamedRule(String name, Map<String, Object> metaData) implements Rule {

		@Override
		public String getPackageName() {
			return "placement.test";
		}

		@Override
		public String getName() {
			return name;
		}

		@Override
		public Map<String, Object> getMetaData() {
			return metaData;
		}

		@Override
		public int getLoadOrder() {
			return 0;
		}

		@Override
		public KnowledgeType getKnowledgeType() {
			return KnowledgeType.RULE;
		}

		@Override
		public String getNamespace() {
			return getPackageName();
		}

		@Override
		public String getId() {
			return name;
		}

	}

}
