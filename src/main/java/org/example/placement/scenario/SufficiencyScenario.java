package org.example.placement.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.example.placement.scenario.Expectation.RuleOnCandidate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A sufficiency scenario ({@code test-scenarios/**}{@code /sufficiency/*.yaml}): the
 * files of an assessment, from a folder ({@code data}, relative to the scenario file) and
 * inline ({@code files}, by file name, replacing the folder's), the authority and the
 * year end; {@code expect} names the rules that must and must not fire, each for a
 * subject (a CHILD, a need group, {@code providers} or a measure) in {@code candidate},
 * and a partial match on the report's JSON ({@code report}).
 */
public record SufficiencyScenario(String title, List<String> covers, Given given, Expectation expect) {

	public SufficiencyScenario {
		covers = covers == null ? List.of() : List.copyOf(covers);
	}

	/** What is assessed. */
	public record Given(String authority, LocalDate yearEnd, @Nullable String data, Map<String, String> files) {

		public Given {
			files = files == null ? Map.of() : Map.copyOf(files);
		}

	}

	/** What the assessment must show; every key optional. */
	public record Expectation(List<RuleOnCandidate> fired, List<RuleOnCandidate> notFired, @Nullable JsonNode report) {

		public Expectation {
			fired = fired == null ? List.of() : List.copyOf(fired);
			notFired = notFired == null ? List.of() : List.copyOf(notFired);
		}

	}

}
