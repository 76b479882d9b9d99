package org.example.placement.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.template.model.Rule;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a decision table, as the decision-table compiler reads them: the row of
 * each rule (its NAME cell) and of the Import property. Its DRL is generated, so a
 * problem inside a rule points at the rule's row and says which rule, and one outside
 * every rule at the Import row.
 */
record TableRows(Map<String, Integer> rules, int imports) implements SourceLines {

	/** The rows of the table at {@code path}; a table that does not compile has none. */
	static TableRows of(String path, String content) {
		DecisionTable table = DecisionTable.compile(path, content, new ArrayList<>());
		return table == null ? new TableRows(Map.of(), 0) : table.rows();
	}

	/** The rows of the table a listener has read. */
	static TableRows of(DefaultRuleSheetListener listener) {
		Map<String, Integer> rows = new HashMap<>();
		for (Rule rule : listener.getRuleSet().getRules()) {
			rows.putIfAbsent(unquoted(rule.getName()), rule.getSpreadsheetRowNumber());
		}
		List<String> cells = listener.getProperties().getPropertyCells(DefaultRuleSheetListener.IMPORT_TAG);
		return new TableRows(Map.copyOf(rows), cells == null || cells.isEmpty() ? 0 : row(cells.get(0)));
	}

	@Override
	public int line(@Nullable String rule, int drlLine) {
		return rule == null ? imports : rules.getOrDefault(rule, 0);
	}

	@Override
	public String where(@Nullable String rule) {
		return rule == null ? "" : "rule " + rule + ": ";
	}

	@Override
	public int annotation(int ownerLine, String name) {
		return ownerLine;
	}

	@Override
	public int consequence(RuleDescr rule) {
		return rule.getConsequenceLine();
	}

	/** The generated DRL's lines mean nothing in the CSV. */
	@Override
	public int parseError(int row) {
		return 0;
	}

	/** The row of a cell reference such as {@code B2}. */
	private static int row(String cell) {
		String digits = cell.replaceAll("\\D", "");
		return digits.isEmpty() ? 0 : Integer.parseInt(digits);
	}

	private static String unquoted(String name) {
		return name.length() > 1 && name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1)
				: name;
	}

}
