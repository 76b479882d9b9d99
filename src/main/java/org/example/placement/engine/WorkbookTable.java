package org.example.placement.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/**
 * Reads the first sheet of a decision table saved as an Excel workbook
 * ({@code .drl.xlsx}) with Apache POI, as Drools' own Excel parser does, except for what
 * a cell's value is: a date cell is the date written {@code yyyy-mm-dd} (whatever format
 * the sheet shows it in), a whole number has no decimals ({@code 30}, not {@code 30.0}),
 * and a formula is its last calculated value (formulas are never evaluated here). So a
 * workbook reads exactly as the CSV file with the same cells.
 */
final class WorkbookTable {

	private WorkbookTable() {
	}

	/**
	 * @throws UncheckedIOException when the bytes are not a workbook POI can read
	 */
	static TableGrid read(byte[] bytes) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<List<TableGrid.Cell>> rows = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				rows.add(cells(sheet, sheet.getRow(r)));
			}
			return new TableGrid(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<TableGrid.Cell> cells(Sheet sheet, @Nullable Row row) {
		List<TableGrid.Cell> cells = new ArrayList<>();
		int width = row == null ? 0 : Math.max(row.getLastCellNum(), 0);
		for (int c = 0; c < width; c++) {
			Cell cell = row.getCell(c);
			CellRangeAddress merged = cell == null ? null : mergedRange(sheet, cell);
			if (merged == null) {
				cells.add(TableGrid.Cell.of(cell == null ? "" : text(cell, cell.getCellType())));
				continue;
			}
			Cell first = sheet.getRow(merged.getFirstRow()).getCell(merged.getFirstColumn());
			cells.add(
					new TableGrid.Cell(first == null ? "" : text(first, first.getCellType()), merged.getFirstColumn()));
		}
		return cells;
	}

	private static @Nullable CellRangeAddress mergedRange(Sheet sheet, Cell cell) {
		for (CellRangeAddress range : sheet.getMergedRegions()) {
			if (range.isInRange(cell.getRowIndex(), cell.getColumnIndex())) {
				return range;
			}
		}
		return null;
	}

	private static String text(Cell cell, CellType type) {
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC ->
				DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
						: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			case FORMULA -> text(cell, cell.getCachedFormulaResultType());
			default -> "";
		};
	}

}
