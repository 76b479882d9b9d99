package org.example.placement.sufficiency;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.example.placement.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept assessment's JSON reads back into the report it was written from, so its page is
 * drawn from exactly what was answered: written again, it is the same JSON.
 */
class ReportReadBackTests {

	@Test
	void readsTheSampleReportBackToTheSameJson(@TempDir Path out) throws Exception {
		int exit = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "sufficiency",
				"--authority", "E06000047", "--year-end", "2025-03-31", "--data", "src/test/resources/ssda903-sample",
				"--out", out.toString());
		assertThat(exit).isZero();
		String json = Files.readString(out.resolve(ReportFiles.JSON));

		SufficiencyReport report = ReportFiles.read(json);

		assertThat(ReportFiles.json(report)).isEqualTo(json);
		assertThat(report.children()).isEmpty();
	}

}
