package org.example.placement.engine;

import java.util.ArrayList;
import java.util.List;

import org.drools.template.parser.DataListener;
import org.example.placement.engine.TableGrid.Cell;

/**
 * Reads a CSV decision table as written by hand or saved by a spreadsheet program ("CSV
 * UTF-8"): a byte-order mark is skipped, lines may end in CRLF, LF or CR, and a cell is
 * quoted only when it must be (RFC 4180; a quoted cell may hold commas, doubled quotes
 * and line breaks). As in Drools' own CSV reader, a cell ending in {@code ...} is merged
 * with the cells after it.
 */
final class CsvTable {

	private static final char BOM = '\uFEFF';

	private static final String MERGE = "...";

	private CsvTable() {
	}

	static TableGrid read(String text) {
		String csv = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
		List<List<Cell>> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean started = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted && c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
				field.append('"');
				i++;
			}
			else if (c == '"' && (quoted || !started)) {
				quoted = !quoted;
				started = true;
			}
			else if (quoted || (c != ',' && c != '\r' && c != '\n')) {
				field.append(c);
				started = true;
			}
			else {
				fields.add(field.toString());
				field.setLength(0);
				started = false;
				if (c != ',') {
					i += c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n' ? 1 : 0;
					rows.add(merged(fields));
					fields.clear();
				}
			}
		}
		if (started || !fields.isEmpty()) {
			fields.add(field.toString());
			rows.add(merged(fields));
		}
		return new TableGrid(rows);
	}

	/**
	 * Cells ending in {@code ...} start a merged range, as Drools' CSV parser reads them.
	 */
	private static List<Cell> merged(List<String> fields) {
		List<Cell> cells = new ArrayList<>();
		int from = DataListener.NON_MERGED;
		for (int column = 0; column < fields.size(); column++) {
			String text = fields.get(column);
			if (!text.endsWith(MERGE)) {
				from = DataListener.NON_MERGED;
				cells.add(Cell.of(text));
				continue;
			}
			from = from == DataListener.NON_MERGED ? column : from;
			cells.add(new Cell(text.substring(0, text.length() - MERGE.length()), from));
		}
		return cells;
	}

}
