package org.example.placement.engine;

import java.util.List;

import org.drools.template.parser.DataListener;

/**
 * The cells of a decision table as a spreadsheet shows them, whatever file they came from
 * ({@link CsvTable}, {@link WorkbookTable}): rows are numbered from 1 as a spreadsheet
 * numbers them, columns from 0. Drools' decision-table listener is fed from here, so a
 * CSV file and a workbook with the same cells compile to the same DRL.
 */
record TableGrid(List<List<Cell>> rows) {

	/**
	 * One cell's text and, when it is part of a merged range (a workbook's merged cells,
	 * or a CSV cell ending in {@code ...}), the first column of that range.
	 */
	record Cell(String text, int mergedFrom) {

		static Cell of(String text) {
			return new Cell(text, DataListener.NON_MERGED);
		}

	}

	TableGrid {
		rows = rows.stream().map(List::copyOf).toList();
	}

	/**
	 * The text of the cell at {@code row} (from 1) and {@code column} (from 0), or "".
	 */
	String text(int row, int column) {
		if (row < 1 || row > rows.size()) {
			return "";
		}
		List<Cell> cells = rows.get(row - 1);
		return column < cells.size() ? cells.get(column).text() : "";
	}

	/** The number of cells in {@code row} (from 1). */
	int width(int row) {
		return row < 1 || row > rows.size() ? 0 : rows.get(row - 1).size();
	}

	/** Whether every cell of {@code row} (from 1) is empty. */
	boolean blank(int row) {
		return row < 1 || row > rows.size() || rows.get(row - 1).stream().allMatch(cell -> cell.text().isBlank());
	}

	/** Sends every cell to {@code listener}, as Drools' own CSV and Excel parsers do. */
	void feed(DataListener listener) {
		listener.startSheet("table");
		for (int row = 0; row < rows.size(); row++) {
			List<Cell> cells = rows.get(row);
			listener.newRow(row, cells.size());
			for (int column = 0; column < cells.size(); column++) {
				Cell cell = cells.get(column);
				listener.newCell(row, column, cell.text(), cell.mergedFrom());
			}
		}
		listener.finishSheet();
	}

}
