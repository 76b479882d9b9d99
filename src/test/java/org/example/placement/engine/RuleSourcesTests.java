package org.example.placement.engine;

import java.nio.file.Path;
import java.util.Map;

import org.example.placement.decision.RulesetSources;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shipped rule's file, line and text, as the rule pages show them and the ruleset
 * diff compares them: a DRL rule on its {@code rule} line, a table's rule on its row,
 * each text one rule's conditions and actions and nothing of its metadata.
 */
class RuleSourcesTests {

	static final Map<String, RuleSource> SHIPPED = RuleSources.of(shipped());

	static RulesetSources shipped() {
		RuleFiles files = RuleFiles.read(Path.of("rules"));
		return new RulesetSources(files.version(), files.contents());
	}

	@Test
	void placesADrlRuleOnItsRuleLine() {
		RuleSource siblings = SHIPPED.get("ENG-S22C-8C");
		assertThat(siblings.file()).isEqualTo("england/preference/keep-siblings-together.drl");
		assertThat(siblings.line()).isEqualTo(11);
		assertThat(SHIPPED.get("ENG-S22C-8C-2").line()).isEqualTo(37);
	}

	@Test
	void placesATableRuleOnItsRow() {
		assertThat(SHIPPED.get("LOCAL-DEFAULT-010").file()).isEqualTo("local/default/distance-from-home.drl.csv");
		assertThat(SHIPPED.get("LOCAL-DEFAULT-010").line()).isEqualTo(10);
		assertThat(SHIPPED.get("LOCAL-DEFAULT-010").text()).contains("distanceMiles >= 0", "distanceMiles < 5");
	}

	@Test
	void readsWhatARuleSaysIsUnconfirmed() {
		assertThat(SHIPPED.values()).filteredOn(rule -> rule.confidence() != null)
			.isNotEmpty()
			.allSatisfy(rule -> assertThat(rule.confidence()).doesNotStartWith("\"").isNotBlank());
		assertThat(SHIPPED.get("LOCAL-DEFAULT-010").confidence()).isNull();
	}

	@Test
	void readsEachRuleAsItsConditionsAndActionsOnly() {
		assertThat(SHIPPED).hasSizeGreaterThan(40);
		assertThat(SHIPPED.values()).allSatisfy(rule -> assertThat(rule.text()).startsWith("when ")
			.endsWith(" end")
			.doesNotContain("rule \"", "@title", "@weight", "  ", "\n"));
	}

}
