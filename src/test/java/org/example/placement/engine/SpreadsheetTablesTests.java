package org.example.placement.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.example.placement.decision.Decision;
import org.example.placement.decision.Geography;
import org.example.placement.decision.InvalidRequestException;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.RuleDefinition;
import org.example.placement.decision.RuleProblem;
import org.example.placement.geography.Geographies;
import org.example.placement.scenario.ScenarioFiles;
import org.example.placement.support.RuleDirectories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decision tables as a spreadsheet program saves them read exactly as the tables we ship:
 * every shipped table saved by Excel as "CSV UTF-8", and every one saved as an Excel
 * workbook (.drl.xlsx), compile to the same DRL, the same rules with the same metadata
 * and rows, and the same decisions on every scenario.
 */
@Tag("rules")
class SpreadsheetTablesTests {

	private static final Path SCENARIOS = Path.of("test-scenarios");

	private static Geography geography;

	private static RuleFiles shipped;

	private static CompiledRuleset original;

	@BeforeAll
	static void compileTheShippedRules() {
		geography = Geographies.ons();
		shipped = RuleFiles.read(Path.of("rules"));
		original = compile(shipped);
	}

	@Test
	void aTableSavedByExcelAsCsvUtf8CompilesToTheSameRules(@TempDir Path dir) throws IOException {
		Path rules = RuleDirectories.copyInto(dir);
		for (Path table : tables(rules)) {
			Files.writeString(table, SpreadsheetTables.asExcelCsv(Files.readString(table)));
			assertThat(Files.readString(table)).startsWith("\uFEFFRuleSet,placement.").contains("\r\n");
		}

		RuleFiles excel = RuleFiles.read(rules);

		assertThat(drlOf(excel)).isEqualTo(drlOf(shipped));
		CompiledRuleset compiled = compile(excel);
		assertThat(compiled.ruleset().rules()).isEqualTo(original.ruleset().rules());
		assertSameDecisions(compiled);
	}

	@Test
	void aTableSavedAsAnExcelWorkbookCompilesToTheSameRules(@TempDir Path dir) throws IOException {
		Path rules = RuleDirectories.copyInto(dir);
		for (Path table : tables(rules)) {
			Path workbook = table.resolveSibling(table.getFileName().toString().replace(".drl.csv", ".drl.xlsx"));
			Files.write(workbook, SpreadsheetTables.asWorkbook(Files.readString(table)));
			Files.delete(table);
		}

		RuleFiles workbooks = RuleFiles.read(rules);

		assertThat(workbooks.contents().keySet()).anyMatch(path -> path.endsWith("kind-order.drl.xlsx"));
		assertThat(drlOf(workbooks).values()).containsExactlyElementsOf(drlOf(shipped).values());
		CompiledRuleset compiled = compile(workbooks);
		assertThat(compiled.ruleset().rules().stream().map(SpreadsheetTablesTests::asCsv))
			.containsExactlyElementsOf(original.ruleset().rules());
		assertSameDecisions(compiled);
	}

	private static void assertSameDecisions(CompiledRuleset compiled) {
		PlacementDecider expected = new PlacementDecider(new CompiledRuleEngine(original), geography);
		PlacementDecider actual = new PlacementDecider(new CompiledRuleEngine(compiled), geography);
		List<Path> scenarios = ScenarioFiles.find(SCENARIOS);
		assertThat(scenarios).hasSizeGreaterThan(100);
		for (Path scenario : scenarios) {
			assertThat(outcome(actual, scenario)).as(scenario.toString()).isEqualTo(outcome(expected, scenario));
		}
	}

	/**
	 * What a decision says, without the version and files that name the table's format.
	 */
	private static List<String> outcome(PlacementDecider decider, Path scenario) {
		List<String> outcome = new ArrayList<>();
		try {
			Decision decision = decider.decide(ScenarioFiles.readRequest(scenario));
			outcome.add("ranking " + decision.ranking());
			decision.candidates()
				.forEach(c -> outcome.add(c.ref() + " rank " + c.rank() + " " + c.status() + " " + c.tier() + " score "
						+ c.score() + " = " + c.statutoryScore() + " + " + c.localScore()));
			decision.trace().forEach(m -> outcome.add(m.rule().id() + " fired for " + m.candidateRef()));
		}
		catch (InvalidRequestException ex) {
			ex.errors().forEach(e -> outcome.add("refused " + e.field()));
		}
		return outcome;
	}

	private static Map<String, String> drlOf(RuleFiles files) {
		List<RuleProblem> problems = new ArrayList<>();
		Map<String, String> tables = new LinkedHashMap<>();
		RulesetCompiler.toDrl(files, problems).forEach((path, drl) -> {
			if (RuleFiles.isTable(path)) {
				tables.put(path, drl);
			}
		});
		assertThat(problems).isEmpty();
		assertThat(tables).hasSize(6);
		return tables;
	}

	private static RuleDefinition asCsv(RuleDefinition rule) {
		return new RuleDefinition(rule.id(), rule.title(), rule.citation(), rule.source(), rule.effect(), rule.weight(),
				rule.tier(), rule.approver(), rule.recipient(), rule.due(), rule.inForceFrom(), rule.inForceUntil(),
				rule.layer(), rule.file().replace(".drl.xlsx", ".drl.csv"));
	}

	private static CompiledRuleset compile(RuleFiles files) {
		return new RulesetCompiler(BuildMode.MVEL, Clock.systemUTC()).compile(files);
	}

	private static List<Path> tables(Path rules) throws IOException {
		try (Stream<Path> walk = Files.walk(rules)) {
			return walk.filter(p -> p.toString().endsWith(".drl.csv")).sorted().toList();
		}
	}

}
