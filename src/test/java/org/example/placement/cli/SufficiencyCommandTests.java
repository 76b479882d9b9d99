package org.example.placement.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sufficiency} writes the JSON and children.csv, and refuses a folder without the
 * return.
 */
class SufficiencyCommandTests {

	private static final String DATA = "test-scenarios/england/sufficiency/data/durham-nine-children";

	@Test
	void writesTheReportAndOneRowPerChildLookedAfterAtYearEnd(@TempDir Path out) throws Exception {
		StringWriter stdout = new StringWriter();
		StringWriter stderr = new StringWriter();

		int exit = Cli.run(new PrintWriter(stdout), new PrintWriter(stderr), "sufficiency", "--authority", "E06000047",
				"--year-end", "2025-03-31", "--data", DATA, "--out", out.toString());

		assertThat(exit).isZero();
		assertThat(Files.readString(out.resolve("sufficiency.json"))).contains("\"lookedAfterAtYearEnd\" : 9");
		assertThat(Files.readAllLines(out.resolve("children.csv"))).hasSize(10)
			.first()
			.asString()
			.startsWith("CHILD,classification,rule,groups,distanceMiles");
		assertThat(stdout.toString()).contains("met 3, not met 3").contains("rows refused: 1");
		assertThat(stderr.toString()).contains("matching in-area places");
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
