package org.example.placement.decision;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which rules apply to a request (issue 14): the statutory layer of the authority's
 * country, its own local policy and the default local policy of its country.
 */
class RuleScopeTests {

	static final String CARDIFF = "W06000015";

	static final String DURHAM = "E06000047";

	static final Set<String> FILES = Set.of("england/tiers/parent-first.drl", "wales/tiers/parent-first.drl",
			"local/default/kind-order.drl.csv", "local/default/wales/kind-order.drl.csv",
			"local/default/wales/distance-from-home.drl.csv", "local/W06000015/kind-order.drl.csv",
			"local/E06000047/kind-order.drl.csv");

	@Test
	void theStatutoryLayerIsTheLawOfTheAuthoritysCountry() {
		assertThat(RuleScope.statutoryLayerOf(CARDIFF)).isEqualTo(Layer.WALES);
		assertThat(RuleScope.statutoryLayerOf(DURHAM)).isEqualTo(Layer.ENGLAND);
		assertThat(applies("wales/tiers/parent-first.drl", "wales", CARDIFF)).isTrue();
		assertThat(applies("england/tiers/parent-first.drl", "england", CARDIFF)).isFalse();
		assertThat(applies("england/tiers/parent-first.drl", "england", DURHAM)).isTrue();
		assertThat(applies("wales/tiers/parent-first.drl", "wales", DURHAM)).isFalse();
	}

	@Test
	void aWelshAuthorityWithoutItsOwnFileGetsTheWelshDefaultNeverTheEnglishOne() {
		String newport = "W06000022";
		assertThat(applies("local/default/wales/kind-order.drl.csv", "local/default", newport)).isTrue();
		assertThat(applies("local/default/wales/distance-from-home.drl.csv", "local/default", newport)).isTrue();
		assertThat(applies("local/default/kind-order.drl.csv", "local/default", newport)).isFalse();
	}

	@Test
	void anEnglishAuthorityNeverGetsTheWelshDefault() {
		String gateshead = "E08000037";
		assertThat(applies("local/default/kind-order.drl.csv", "local/default", gateshead)).isTrue();
		assertThat(applies("local/default/wales/distance-from-home.drl.csv", "local/default", gateshead)).isFalse();
	}

	@Test
	void anAuthoritysOwnFileReplacesItsCountrysDefaultOfTheSameName() {
		assertThat(applies("local/W06000015/kind-order.drl.csv", "local/W06000015", CARDIFF)).isTrue();
		assertThat(applies("local/default/wales/kind-order.drl.csv", "local/default", CARDIFF)).isFalse();
		assertThat(applies("local/default/wales/distance-from-home.drl.csv", "local/default", CARDIFF)).isTrue();
		assertThat(applies("local/E06000047/kind-order.drl.csv", "local/E06000047", CARDIFF)).isFalse();
	}

	@Test
	void anAuthoritysWorkbookReplacesTheDefaultTableOfTheSameNameSavedAsCsv() {
		Set<String> files = Set.of("local/default/kind-order.drl.csv", "local/default/distance-from-home.drl.xlsx",
				"local/E06000047/kind-order.drl.xlsx", "local/E06000047/distance-from-home.drl.csv");

		assertThat(RuleScope.applies(local("local/default/kind-order.drl.csv"), DURHAM, files)).isFalse();
		assertThat(RuleScope.applies(local("local/default/distance-from-home.drl.xlsx"), DURHAM, files)).isFalse();
		assertThat(RuleScope.applies(local("local/default/kind-order.drl.csv"), "E06000001", files)).isTrue();
	}

	private static RuleDefinition local(String file) {
		return new RuleDefinition("LOCAL-TEST-1", "a rule", "a citation", null, Effect.NOTE, null, null, null, null,
				null, LocalDate.of(2016, 4, 6), null, "local/default", file);
	}

	private static boolean applies(String file, String layer, String authority) {
		boolean local = layer.startsWith("local");
		RuleDefinition rule = new RuleDefinition(local ? "LOCAL-TEST-1" : "WAL-TEST-1", "a rule", "a citation", null,
				Effect.NOTE, null, null, null, null, null, LocalDate.of(2016, 4, 6), null, layer, file);
		return RuleScope.applies(rule, authority, FILES);
	}

}
