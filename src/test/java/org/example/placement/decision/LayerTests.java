package org.example.placement.decision;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rule's layer comes from its folders, once; ids fit their layer by prefix; a layer
 * selector matches whole segments.
 */
class LayerTests {

	@Test
	void readsTheLayerOfARuleFileFromItsFolders() {
		assertThat(Layer.ofFile("england/tiers/s22c.drl")).contains(Layer.ENGLAND);
		assertThat(Layer.ofFile("wales/eligibility/x.drl")).contains(Layer.WALES);
		assertThat(Layer.ofFile("local/E06000047/kind-order.drl")).contains(Layer.LOCAL);
		assertThat(Layer.nameOfFile("local/E06000047/kind-order.drl")).contains("local/E06000047");
		assertThat(Layer.nameOfFile("england/tiers/s22c.drl")).contains("england");
	}

	@Test
	void findsNoLayerOutsideTheLayerFolders() {
		assertThat(Layer.ofFile("stray.drl")).isEmpty();
		assertThat(Layer.ofFile("misc/stray.drl")).isEmpty();
		assertThat(Layer.ofFile("local/stray.drl")).as("local policy lives in an authority's folder").isEmpty();
		assertThat(Layer.nameOfFile("local/stray.drl")).isEqualTo(Optional.empty());
	}

	@Test
	void aLayerNamesWhatItsFirstSegmentIsTheLayerOf() {
		for (String name : new String[] { "england", "wales", "local/default", "local/E06000047" }) {
			for (Layer layer : Layer.values()) {
				assertThat(layer.names(name)).as(layer + " names " + name).isEqualTo(Layer.ofName(name) == layer);
			}
		}
		assertThat(Layer.LOCAL.names("localish")).isFalse();
	}

	@Test
	void namesAreReadByTheirFirstSegment() {
		assertThat(Layer.ofName("local/default")).isEqualTo(Layer.LOCAL);
		assertThat(Layer.ofName("england")).isEqualTo(Layer.ENGLAND);
		assertThatThrownBy(() -> Layer.ofName("scotland")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void selectsWholeSegmentsOnly() {
		assertThat(Layer.selects("local", "local/E06000047")).isTrue();
		assertThat(Layer.selects("local/", "local/default")).isTrue();
		assertThat(Layer.selects("local/E06000047", "local/E06000047")).isTrue();
		assertThat(Layer.selects("local/E06", "local/E06000047")).isFalse();
		assertThat(Layer.selects("eng", "england")).isFalse();
	}

	@Test
	void anIdFitsTheLayerWhosePrefixItCarries() {
		assertThat(new RuleId("ENG-S22C-7A").fits(Layer.ENGLAND)).isTrue();
		assertThat(new RuleId("LOCAL-DEFAULT-012").fits(Layer.LOCAL)).isTrue();
		assertThat(new RuleId("ENG-S22C-7A").fits(Layer.LOCAL)).isFalse();
		assertThat(new RuleId("WAL-1").fits(Layer.ENGLAND)).isFalse();
		assertThatThrownBy(() -> new RuleId(" ")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aRuleIsLocalByItsLayer() {
		RuleDefinition local = new RuleDefinition("LOCAL-DEFAULT-1", "t", "Local policy: x", null, Effect.NOTE, null,
				null, null, null, null, LocalDate.of(2011, 4, 1), null, "local/default",
				"local/default/kind-order.drl");

		assertThat(local.local()).isTrue();
		assertThat(local.layerKind()).isEqualTo(Layer.LOCAL);
		assertThat(local.ruleId()).isEqualTo(new RuleId("LOCAL-DEFAULT-1"));
		assertThat(local.fileInLayer()).isEqualTo("kind-order.drl");
		assertThat(local.inLayer("local")).isTrue();
		assertThatThrownBy(() -> new RuleDefinition("ENG-1", "t", "c", null, Effect.NOTE, null, null, null, null, null,
				LocalDate.of(2011, 4, 1), null, "scotland", "scotland/x.drl"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
