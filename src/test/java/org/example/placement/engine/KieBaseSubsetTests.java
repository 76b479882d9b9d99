package org.example.placement.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A KieBase made from some of a compiled KieBase's rules holds those and no other, with
 * their firing order, and leaves the KieBase it was made from as it was (its packages are
 * copied, never changed). That it decides as the full KieBase does is
 * {@code LeanBasesTests}'.
 */
class KieBaseSubsetTests {

	private static final CompiledRuleset compiled = new RulesetCompiler(BuildMode.MVEL, Clock.systemUTC())
		.compile(RuleFiles.read(Path.of("rules")));

	@Test
	void holdsTheRulesKeptWithTheirFiringOrderAndLeavesTheWholeAsItWas() {
		KieBase whole = compiled.kieBase();
		Map<String, String> before = saliences(whole);

		KieBase welsh = KieBaseSubset.of(whole, (rule) -> rule.getName().startsWith("WAL-"));
		KieBase again = KieBaseSubset.of(whole, (rule) -> true);

		Map<String, String> kept = saliences(welsh);
		assertThat(kept).isNotEmpty().allSatisfy((name, salience) -> {
			assertThat(name).startsWith("WAL-");
			assertThat(salience).isEqualTo(before.get(name));
		});
		assertThat(kept).hasSize((int) before.keySet().stream().filter((name) -> name.startsWith("WAL-")).count());
		assertThat(saliences(again)).isEqualTo(before);
		assertThat(saliences(whole)).isEqualTo(before);
	}

	/** Each rule of the KieBase by name, and its salience. */
	private static Map<String, String> saliences(KieBase kieBase) {
		Map<String, String> rules = new TreeMap<>();
		for (KiePackage pkg : kieBase.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				rules.put(rule.getName(), String.valueOf(((RuleImpl) rule).getSalience().getValue()));
			}
		}
		return rules;
	}

}
