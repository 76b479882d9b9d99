package org.example.placement.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sufficiency} writes the JSON and children.csv, with the live view of unmet need
 * from the decision log unless told not to, draws its progress bar only when asked (or at
 * a terminal), and refuses a folder without the return.
 */
class SufficiencyCommandTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String DATA = "test-scenarios/england/sufficiency/data/durham-nine-children";

	@Test
	void writesTheReportAndOneRowPerChildLookedAfterAtYearEnd(@TempDir Path out) throws Exception {
		StringWriter stdout = new StringWriter();
		StringWriter stderr = new StringWriter();

		int exit = Cli.run(new PrintWriter(stdout), new PrintWriter(stderr), "sufficiency", "--authority", "E06000047",
				"--year-end", "2025-03-31", "--data", DATA, "--out", out.toString(), "--progress");

		assertThat(exit).as(stderr.toString()).isZero();
		assertThat(Files.readString(out.resolve("sufficiency.json"))).contains("\"lookedAfterAtYearEnd\" : 9");
		assertThat(Files.readAllLines(out.resolve("children.csv"))).hasSize(10)
			.first()
			.asString()
			.startsWith("CHILD,classification,rule,groups,distanceMiles");
		assertThat(stdout.toString()).contains("met 3, not met 3").contains("rows refused: 1");
		assertThat(stderr.toString()).contains("matching in-area places");
		JsonNode view = JSON.readTree(Files.readString(out.resolve("sufficiency.json"))).get("unmetNeedFromDecisions");
		assertThat(view.get("included").asBoolean()).isTrue();
		assertThat(view.get("from").asString()).isEqualTo("2024-04-01");
		assertThat(view.get("to").asString()).isEqualTo("2026-03-31");
		assertThat(view.get("quarters").findValuesAsString("label")).hasSize(8)
			.startsWith("2024-25 Q1")
			.endsWith("2025-26 Q4");
		assertThat(view.get("throughSequence").isNumber()).isTrue();
	}

	@Test
	void leavesTheDecisionLogOutWhenToldAndDrawsNoBarAwayFromATerminal(@TempDir Path out) throws Exception {
		StringWriter stderr = new StringWriter();

		int exit = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(stderr), "sufficiency", "--authority",
				"E06000047", "--year-end", "2025-03-31", "--data", DATA, "--out", out.toString(), "--no-decisions");

		assertThat(exit).as(stderr.toString()).isZero();
		JsonNode view = JSON.readTree(Files.readString(out.resolve("sufficiency.json"))).get("unmetNeedFromDecisions");
		assertThat(view.get("included").asBoolean()).isFalse();
		assertThat(view.get("note").asString()).isEqualTo("left out (--no-decisions)");
		assertThat(view.get("quarters")).isEmpty();
		assertThat(view.get("total").isNull()).isTrue();
		// tests run without a terminal: no bar unless --progress
		assertThat(stderr.toString()).doesNotContain("matching in-area places");
	}

	@Test
	void refusesAFolderWithoutTheReturnAsAUsageError(@TempDir Path empty) {
		StringWriter stderr = new StringWriter();

		int exit = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(stderr), "sufficiency", "--authority",
				"E06000047", "--year-end", "2025-03-31", "--data", empty.toString());

		assertThat(exit).isEqualTo(2);
		assertThat(stderr.toString()).contains("lacks header.csv, episodes.csv, supply.csv");
	}

}
