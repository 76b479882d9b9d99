package org.example.placement.engine;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.example.placement.decision.RuleProblem;
import org.jspecify.annotations.Nullable;

/**
 * A decision table ({@code .drl.csv} or {@code .drl.xlsx}) turned into DRL with Drools'
 * decision-table listener, and where its rules are written (their rows). Both kinds of
 * file are read into the same cells first ({@link CsvTable}, {@link WorkbookTable}) and
 * checked in the table's own words ({@link TableCheck}); a table with a bad cell is
 * reported once, by row and column, and not turned into DRL, so no error about the
 * generated DRL follows it.
 */
record DecisionTable(String drl, TableRows rows) {

	/**
	 * The table in {@code content} (a workbook's bytes in Base64, as {@link RuleFiles}
	 * holds them), or null after adding its problems.
	 */
	static @Nullable DecisionTable compile(String path, String content, List<RuleProblem> problems) {
		TableGrid grid;
		try {
			grid = RuleFiles.isWorkbook(path) ? WorkbookTable.read(RuleFiles.bytesOf(path, content))
					: CsvTable.read(content);
		}
		catch (UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			problems.add(new RuleProblem(path, 0, "cannot be read as an Excel workbook (.xlsx): " + rootMessage(ex)));
			return null;
		}
		List<RuleProblem> cells = new ArrayList<>();
		TableCheck.check(path, grid, cells);
		if (!cells.isEmpty()) {
			problems.addAll(cells);
			return null;
		}
		DefaultRuleSheetListener listener = new DefaultRuleSheetListener();
		try {
			grid.feed(listener);
			String drl = new SpreadsheetCompiler().listenerToString(listener);
			return new DecisionTable(drl, TableRows.of(listener));
		}
		catch (RuntimeException ex) {
			problems.add(new RuleProblem(path, 0, "decision table does not compile: " + rootMessage(ex)));
			return null;
		}
	}

	static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage()).strip();
	}

}
