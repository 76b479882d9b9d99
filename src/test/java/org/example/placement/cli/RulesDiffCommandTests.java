package org.example.placement.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.example.placement.cli.CliTests.Run;
import org.example.placement.support.RuleDirectories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code rules diff} between the shipped rules and a copy edited as policy staff would,
 * as text and as the JSON the API answers; a version in no archive and no directory is
 * exit 3 (the log is asked only when a side is not a directory).
 */
class RulesDiffCommandTests {

	@Test
	void listsEachChangedRuleUnderEachWayItChanged(@TempDir Path out) {
		Path proposed = RuleDirectories.copyInto(out.resolve("rules"));
		RuleDirectories.stopPreferringNearHome(proposed);

		Run run = CliTests.run("rules", "diff", "--from", "rules", "--to", proposed.toString());

		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("added 0, removed 0, retired 1, re-weighted 1, re-worded 0, amended 0",
				"retired: ENG-S22C-8A", "  inForceUntil: (none) -> 2011-04-02", "re-weighted: LOCAL-DEFAULT-010",
				"  weight: 20 -> 1");
	}

	@Test
	void writesTheDiffAsJson(@TempDir Path out) throws Exception {
		Path proposed = RuleDirectories.copyInto(out.resolve("rules"));
		Files.delete(proposed.resolve("local/E06000047/within-20-miles.drl.csv"));

		Run run = CliTests.run("rules", "diff", "--from", "rules", "--to", proposed.toString(), "--json");

		assertThat(run.exit()).as(run.err()).isZero();
		JsonNode diff = JsonMapper.builder().build().readTree(run.out());
		assertThat(diff.at("/counts/REMOVED").asInt()).isPositive();
		assertThat(diff.get("changes").findValuesAsString("id")).allMatch(id -> id.startsWith("LOCAL-E06000047-"));
	}

	@Test
	void exitsThreeForAVersionInNoArchive() {
		Run run = CliTests.run("rules", "diff", "--from", "sha256:none", "--to", "rules");

		assertThat(run.exit()).isEqualTo(3);
		assertThat(run.err()).contains("No archived ruleset sha256:none");
	}

}
