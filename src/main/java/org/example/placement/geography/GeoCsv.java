package org.example.placement.geography;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the ONS reference files shipped under {@code geo/} on the classpath. They are
 * read from the classpath, not the file system, so the service carries the exact edition
 * it was tested against. A leading UTF-8 byte order mark (the ONS lookup files have one)
 * is skipped, otherwise the first header would silently become {@code "\uFEFFFID"}.
 */
final class GeoCsv {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setTrim(true)
		.get();

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private GeoCsv() {
	}

	/** Hands each data row of {@code geo/<name>} to {@code row}, header names as keys. */
	static void read(String name, Consumer<CSVRecord> row) {
		String resource = "geo/" + name;
		InputStream in = GeoCsv.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("reference data missing from the classpath: " + resource);
		}
		try (Reader reader = withoutByteOrderMark(in); CSVParser parser = FORMAT.parse(reader)) {
			for (CSVRecord record : parser) {
				row.accept(record);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
	}

	/**
	 * As {@link #read}, for the large tables (the postcodes), which hold no quoted field:
	 * split at each comma by hand, a third of the CPU the general parser takes at
	 * start-up (issue 12). Hands {@code row} the values of {@code columns}, trimmed, in
	 * that order; a line with a quote in it, or with fewer fields than the header, is
	 * refused rather than misread.
	 */
	static void readPlain(String name, List<String> columns, Consumer<String[]> row) {
		String resource = "geo/" + name;
		InputStream in = GeoCsv.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("reference data missing from the classpath: " + resource);
		}
		try (BufferedReader reader = withoutByteOrderMark(in)) {
			List<String> header = split(reader.readLine(), resource);
			int[] wanted = columns.stream().mapToInt(header::indexOf).toArray();
			if (Arrays.stream(wanted).anyMatch((index) -> index < 0)) {
				throw new IllegalStateException(resource + " lacks one of the columns " + columns);
			}
			String[] values = new String[wanted.length];
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				List<String> fields = split(line, resource);
				if (fields.size() < header.size()) {
					throw new IllegalStateException("a short row in " + resource + ": " + fields.size() + " fields");
				}
				for (int i = 0; i < wanted.length; i++) {
					values[i] = fields.get(wanted[i]);
				}
				row.accept(values);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
	}

	private static List<String> split(String line, String resource) {
		if (line == null || line.indexOf('"') >= 0) {
			throw new IllegalStateException("not a plain CSV table: " + resource);
		}
		List<String> fields = new ArrayList<>(8);
		int from = 0;
		for (int comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', from)) {
			fields.add(line.substring(from, comma).trim());
			from = comma + 1;
		}
		fields.add(line.substring(from).trim());
		return fields;
	}

	private static BufferedReader withoutByteOrderMark(InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
		reader.mark(1);
		if (reader.read() != BYTE_ORDER_MARK) {
			reader.reset();
		}
		return reader;
	}

}
