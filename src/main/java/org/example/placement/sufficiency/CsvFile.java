package org.example.placement.sufficiency;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV file as authorities hold them: columns in any order and by name (case and
 * a UTF-8 byte-order mark ignored), unknown columns ignored, blank lines skipped. A row
 * that cannot be read is reported with file, line and column and counted; the rows after
 * it are still read. A file without a required column is reported once and yields no
 * rows.
 */
final class CsvFile {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.setAllowMissingColumnNames(true)
		.get();

	private CsvFile() {
	}

	static <T> List<T> read(String file, byte[] content, List<String> required, Function<CsvRow, T> mapper,
			List<Problem> problems) {
		List<T> rows = new ArrayList<>();
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
			var records = parser.iterator();
			if (!records.hasNext()) {
				problems.add(new Problem(file, 1, "", "is empty: no header line"));
				return rows;
			}
			List<String> header = names(records.next());
			List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
			if (!missing.isEmpty()) {
				missing.forEach(c -> problems.add(new Problem(file, 1, c, "required column is missing")));
				return rows;
			}
			while (next(records, file, parser, problems)) {
				CSVRecord record = records.next();
				long line = parser.getCurrentLineNumber();
				try {
					rows.add(mapper.apply(new CsvRow(file, line, values(header, record))));
				}
				catch (RowProblem ex) {
					problems.add(new Problem(file, line, ex.column(), ex.getMessage()));
				}
			}
		}
		catch (IOException ex) {
			problems.add(new Problem(file, 0, "", "could not be read as CSV"));
		}
		return rows;
	}

	/** A broken quote ends the file: what was read stays, and the rest is reported. */
	private static boolean next(java.util.Iterator<CSVRecord> records, String file, CSVParser parser,
			List<Problem> problems) {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			problems.add(new Problem(file, parser.getCurrentLineNumber() + 1, "",
					"is not valid CSV (an unclosed quote?); the rest of the file was not read"));
			return false;
		}
	}

	private static List<String> names(CSVRecord header) {
		List<String> names = new ArrayList<>();
		for (String name : header) {
			names.add(name.replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT));
		}
		return names;
	}

	private static Map<String, String> values(List<String> header, CSVRecord record) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
			values.putIfAbsent(header.get(i), record.get(i));
		}
		return values;
	}

}
