package org.example.placement.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.example.placement.decision.RuleProblem;
import org.example.placement.decision.RulesetSources;
import org.example.placement.support.RuleDirectories;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A typo in a decision table is reported once, in the table's words (its row and the
 * title of its column), whether the table is a CSV file, a CSV file Excel saved or a
 * workbook; and a workbook is archived so that it replays byte for byte.
 */
@Tag("rules")
class TableProblemsTests {

	private static final String KIND_ORDER = "local/default/kind-order.drl.csv";

	@Test
	void aWeightTypoNamesTheRowAndColumnOnce(@TempDir Path dir) throws IOException {
		Path rules = RuleDirectories.copyInto(dir);
		edit(rules, KIND_ORDER, "\"PREFER\",\"30\"", "\"PREFER\",\"thirty\"");

		assertThat(problems(rules)).singleElement()
			.hasToString(KIND_ORDER + " row 10, column Weight: 'thirty' is not a whole number")
			.extracting(RuleProblem::line)
			.isEqualTo(10);
	}

	@Test
	void aDateExcelRewroteNamesTheRowAndColumnAndTheDateItMeans(@TempDir Path dir) throws IOException {
		Path rules = RuleDirectories.copyInto(dir);
		Path table = rules.resolve(KIND_ORDER);
		Files.writeString(table, SpreadsheetTables.asExcelCsv(Files.readString(table))
			.replace("PREFER,30,2011-04-01", "PREFER,30,01/04/2011"));

		assertThat(problems(rules)).singleElement()
			.hasToString(KIND_ORDER + " row 10, column In force from: '01/04/2011' is not a date written yyyy-mm-dd"
					+ " (a spreadsheet program rewrites dates unless the column is formatted as text):"
					+ " if it means 1 April 2011, write 2011-04-01");
	}

	@Test
	void aWeightTypoInAWorkbookNamesTheRowAndColumnOnce(@TempDir Path dir) throws IOException {
		Path rules = RuleDirectories.copyInto(dir);
		Path table = rules.resolve(KIND_ORDER);
		String csv = Files.readString(table).replace("\"PREFER\",\"20\"", "\"PREFER\",\"twenty\"");
		Files.write(rules.resolve("local/default/kind-order.drl.xlsx"), SpreadsheetTables.asWorkbook(csv));
		Files.delete(table);

		assertThat(problems(rules)).singleElement()
			.hasToString("local/default/kind-order.drl.xlsx row 11, column Weight: 'twenty' is not a whole number");
	}

	@Test
	void aWorkbookWhoseActionCallsSystemExitIsRefusedNamingTheRowOfItsRule(@TempDir Path rules) throws IOException {
		String table = RuleSandboxTests.SYSTEM_EXIT_TABLE;
		Files.createDirectories(rules.resolve("local/default"));
		Files.write(rules.resolve("local/default/boom.drl.xlsx"), SpreadsheetTables.asWorkbook(table));

		assertThat(problems(rules)).anySatisfy(p -> {
			assertThat(p.file()).isEqualTo("local/default/boom.drl.xlsx");
			assertThat(p.line()).isEqualTo(9);
			assertThat(p.message()).contains("LOCAL-DEFAULT-900", "System is not allowed");
		});
	}

	@Test
	void aFileThatIsNotAWorkbookIsRefusedByName(@TempDir Path dir) throws IOException {
		Path rules = RuleDirectories.copyInto(dir);
		Files.writeString(rules.resolve("local/default/notes.drl.xlsx"), "not a workbook");

		assertThat(problems(rules)).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("local/default/notes.drl.xlsx");
			assertThat(p.message()).startsWith("cannot be read as an Excel workbook (.xlsx)");
		});
	}

	@Test
	void anArchivedWorkbookRebuildsTheSameVersionFromItsBytes(@TempDir Path dir) throws IOException {
		Path rules = RuleDirectories.copyInto(dir);
		Path table = rules.resolve(KIND_ORDER);
		byte[] workbook = SpreadsheetTables.asWorkbook(Files.readString(table));
		Files.write(rules.resolve("local/default/kind-order.drl.xlsx"), workbook);
		Files.delete(table);
		RuleFiles read = RuleFiles.read(rules);
		String archived = read.contents().get("local/default/kind-order.drl.xlsx");

		CompiledRuleEngine replayed = CompiledRuleEngine.archived(new RulesetSources(read.version(), read.contents()),
				BuildMode.MVEL, Clock.systemUTC());

		assertThat(RuleFiles.bytesOf("local/default/kind-order.drl.xlsx", archived)).isEqualTo(workbook);
		assertThat(replayed.sources().version()).isEqualTo(read.version());
		assertThat(replayed.sources().files()).isEqualTo(read.contents());
		assertThat(replayed.ruleset().rules()).extracting(r -> r.id() + " " + r.weight() + " " + r.file())
			.contains("LOCAL-DEFAULT-001 30 local/default/kind-order.drl.xlsx");
	}

	private static void edit(Path rules, String file, String from, String to) throws IOException {
		Path path = rules.resolve(file);
		String text = Files.readString(path);
		assertThat(text).contains(from);
		Files.writeString(path, text.replace(from, to));
	}

	private static List<RuleProblem> problems(Path rules) {
		List<RuleProblem> problems = new ArrayList<>();
		assertThatThrownBy(() -> new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC()))
			.isInstanceOfSatisfying(RulesetRejectedException.class, (ex) -> problems.addAll(ex.problems()));
		return problems;
	}

}
