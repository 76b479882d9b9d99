package org.example.placement.geography;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.example.placement.decision.AuthorityCode;

/**
 * Which upper-tier authorities adjoin, for the "at a distance" test of reg 11(5) of the
 * Care Planning, Placement and Case Review (England) Regulations 2010: a placement is at
 * a distance when it is outside the responsible authority's area and "not within the area
 * of any adjoining local authority". The table is derived from postcode positions (see
 * {@code geo/README}); pairs are stored once, so both directions are indexed here.
 * <p>
 * Only English and Welsh councils are "local authorities" (Children Act 1989 s105(1)), so
 * pairs with a Scottish council (ONS S codes), which the derived table also holds, are
 * not read: a placement in Scotland is always at a distance. Every row must hold two
 * well-formed ONS codes, or loading fails, so a broken row can never silently leave an
 * authority without neighbours. Boundaries the derivation misses where few postcodes lie
 * (mountains) are added from {@value #CORRECTIONS}, each with its source.
 * <p>
 * An authority may correct the derived table with an overrides file
 * ({@code placement.geo.adjacency-overrides}): CSV with the header
 * {@code change,la_code_a,la_code_b}, each row {@code add} or {@code remove} for one pair
 * of English or Welsh upper-tier codes, applied after the shipped table.
 */
final class Adjacency {

	static final String RESOURCE = "la_adjacency.csv";

	/**
	 * Boundaries the derived table misses, checked by hand (in the overrides format, each
	 * with its source), applied to the shipped table before any authority's overrides.
	 */
	static final String CORRECTIONS = "geo/la_adjacency_corrections.csv";

	private static final Pattern ONS_CODE = Pattern.compile("[EWSNLM]\\d{8}");

	private static final CSVFormat OVERRIDES = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setTrim(true)
		.setIgnoreEmptyLines(true)
		.setCommentMarker('#')
		.get();

	private final Map<String, Set<String>> neighbours;

	private Adjacency(Map<String, Set<String>> neighbours) {
		this.neighbours = neighbours;
	}

	/** The shipped table. */
	static Adjacency load() {
		Map<String, Set<String>> neighbours = new HashMap<>();
		GeoCsv.read(RESOURCE, (row) -> {
			String a = code(row, "la_code_a");
			String b = code(row, "la_code_b");
			wholeNumber(row, "boundary_edges");
			wholeNumber(row, "min_gap_m");
			if (localAuthority(a) && localAuthority(b)) {
				link(neighbours, a, b);
			}
		});
		Adjacency adjacency = new Adjacency(neighbours);
		try (InputStream in = Adjacency.class.getClassLoader().getResourceAsStream(CORRECTIONS)) {
			if (in == null) {
				throw new IllegalStateException("reference data missing from the classpath: " + CORRECTIONS);
			}
			adjacency.applyAll(CORRECTIONS, new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + CORRECTIONS, ex);
		}
		return adjacency;
	}

	/**
	 * The shipped table corrected by an authority's overrides file.
	 * @throws IllegalStateException naming the file and line of a row that is not a valid
	 * change
	 */
	static Adjacency load(Path overrides) {
		Adjacency adjacency = load();
		try (Reader reader = Files.newBufferedReader(overrides, StandardCharsets.UTF_8)) {
			adjacency.applyAll(overrides.toString(), reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read adjacency overrides " + overrides, ex);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(overrides + ": " + ex.getMessage(), ex);
		}
		return adjacency;
	}

	private void applyAll(String file, Reader reader) throws IOException {
		try (CSVParser parser = OVERRIDES.parse(reader)) {
			for (CSVRecord row : parser) {
				apply(file + " line " + parser.getCurrentLineNumber(), row);
			}
		}
	}

	private void apply(String where, CSVRecord row) {
		if (!row.isConsistent() || !row.isMapped("change") || !row.isMapped("la_code_a")
				|| !row.isMapped("la_code_b")) {
			throw new IllegalStateException(where + ": expected the columns change,la_code_a,la_code_b");
		}
		String a = row.get("la_code_a");
		String b = row.get("la_code_b");
		if (!localAuthority(a) || !localAuthority(b) || a.equals(b)) {
			throw new IllegalStateException(where + ": la_code_a and la_code_b must be two different English or Welsh "
					+ "upper-tier authority codes (E06, E08, E09, E10, W06); only they are local authorities for reg 11(5)");
		}
		switch (row.get("change")) {
			case "add" -> link(neighbours, a, b);
			case "remove" -> {
				neighbours.getOrDefault(a, new HashSet<>()).remove(b);
				neighbours.getOrDefault(b, new HashSet<>()).remove(a);
			}
			default -> throw new IllegalStateException(where + ": change must be add or remove");
		}
	}

	private static String code(CSVRecord row, String column) {
		String code = row.isMapped(column) && row.isSet(column) ? row.get(column) : "";
		if (!ONS_CODE.matcher(code).matches()) {
			throw new IllegalStateException("geo/" + RESOURCE + " line " + (row.getRecordNumber() + 1) + ": " + column
					+ " is not an ONS authority code");
		}
		return code;
	}

	private static void wholeNumber(CSVRecord row, String column) {
		String value = row.isMapped(column) && row.isSet(column) ? row.get(column) : "";
		if (!row.isConsistent() || !value.matches("\\d+")) {
			throw new IllegalStateException("geo/" + RESOURCE + " line " + (row.getRecordNumber() + 1) + ": " + column
					+ " is not a whole number (is a name holding a comma unquoted?)");
		}
	}

	private static boolean localAuthority(String code) {
		return AuthorityCode.parse(code).isPresent();
	}

	private static void link(Map<String, Set<String>> neighbours, String a, String b) {
		neighbours.computeIfAbsent(a, (key) -> new HashSet<>()).add(b);
		neighbours.computeIfAbsent(b, (key) -> new HashSet<>()).add(a);
	}

	/**
	 * Whether the table holds {@code authority} (an authority with at least one
	 * neighbour).
	 */
	boolean knows(String authority) {
		return neighbours.containsKey(authority);
	}

	/** Whether the two upper-tier authorities share a boundary, in either order. */
	boolean adjoin(String authority, String other) {
		if (authority == null || other == null) {
			return false;
		}
		return neighbours.getOrDefault(authority, Set.of()).contains(other);
	}

}
