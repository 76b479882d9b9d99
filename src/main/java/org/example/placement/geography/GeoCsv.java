package org.example.placement.geography;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

	private static Reader withoutByteOrderMark(InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
		reader.mark(1);
		if (reader.read() != BYTE_ORDER_MARK) {
			reader.reset();
		}
		return reader;
	}

}
