package org.example.placement.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A decision table as a spreadsheet program saves it, made from one of ours: "CSV UTF-8"
 * as Excel writes it (a byte-order mark, CRLF, a cell quoted only when it must be, every
 * row padded to the table's width), and an Excel workbook whose whole numbers are number
 * cells and whose dates are date cells shown as {@code dd/mm/yyyy}.
 */
final class SpreadsheetTables {

	private static final Pattern WHOLE = Pattern.compile("\\d+");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private SpreadsheetTables() {
	}

	static String asExcelCsv(String csv) {
		List<List<String>> rows = cells(csv);
		int width = rows.stream().mapToInt(List::size).max().orElse(0);
		return "\uFEFF" + rows.stream().map(row -> {
			StringBuilder line = new StringBuilder();
			for (int column = 0; column < width; column++) {
				line.append(column == 0 ? "" : ",").append(column < row.size() ? minimallyQuoted(row.get(column)) : "");
			}
			return line.toString();
		}).collect(Collectors.joining("\r\n", "", "\r\n"));
	}

	static byte[] asWorkbook(String csv) {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Decision table");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			List<List<String>> rows = cells(csv);
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					write(row, c, rows.get(r).get(c), date);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Row row, int column, String text, CellStyle date) {
		if (text.isEmpty()) {
			return;
		}
		Cell cell = row.createCell(column);
		if (WHOLE.matcher(text).matches()) {
			cell.setCellValue(Double.parseDouble(text));
		}
		else if (DATE.matcher(text).matches()) {
			cell.setCellValue(LocalDate.parse(text));
			cell.setCellStyle(date);
		}
		else {
			cell.setCellValue(text);
		}
	}

	private static List<List<String>> cells(String csv) {
		return CsvTable.read(csv).rows().stream().map(row -> row.stream().map(TableGrid.Cell::text).toList()).toList();
	}

	private static String minimallyQuoted(String cell) {
		boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
		return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
	}

}
