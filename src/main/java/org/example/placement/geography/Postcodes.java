package org.example.placement.geography;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import java.util.function.BiConsumer;

/**
 * The postcode lookup tables: every full postcode in the North East (DH, DL, SR, TS, NE)
 * and every UK postcode sector. A full postcode gives the DfE's exact distance; the
 * sector is the fallback for postcodes outside the North East, terminated postcodes, or
 * when the caller only knows the sector. Held in memory (about 120k entries, each table a
 * {@link PlaceTable}) so a decision never waits on I/O.
 */
final class Postcodes {

	static final String FULL = "postcodes_northeast.csv";

	static final String SECTORS = "postcode_sectors.csv";

	private final PlaceTable full;

	private final PlaceTable sectors;

	private final Set<String> authorities;

	private Postcodes(PlaceTable full, PlaceTable sectors, Set<String> authorities) {
		this.full = full;
		this.sectors = sectors;
		this.authorities = authorities;
	}

	/** Loads both tables, mapping each lower-tier code to its upper tier once, here. */
	static Postcodes load(UpperTiers upperTiers) {
		Map<String, String> authorities = new HashMap<>();
		Map<String, Place> full = read(FULL, "postcode", 150_000, upperTiers, authorities);
		Map<String, Place> sectors = read(SECTORS, "sector", 16_384, upperTiers, authorities);
		return new Postcodes(PlaceTable.of(full), PlaceTable.of(sectors),
				authorities.values().stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet()));
	}

	private static Map<String, Place> read(String resource, String keyColumn, int capacity, UpperTiers upperTiers,
			Map<String, String> authorities) {
		Map<String, Place> places = new HashMap<>(capacity);
		GeoCsv.read(resource, (row) -> places.put(row.get(keyColumn), place(row, upperTiers, authorities)));
		return places;
	}

	private static Place place(CSVRecord row, UpperTiers upperTiers, Map<String, String> authorities) {
		String authority = authorities.computeIfAbsent(row.get("la_code"), upperTiers::of);
		GridPoint point = new GridPoint(Integer.parseInt(row.get("easting")), Integer.parseInt(row.get("northing")));
		return new Place(authority, point);
	}

	/** The full postcode if known, else its sector; empty when neither is known. */
	Optional<Place> find(Postcode postcode) {
		Place place = postcode.isFull() ? full.find(postcode.outward(), postcode.inward(), 3) : null;
		return Optional.ofNullable((place != null) ? place : sectors.find(postcode.outward(), postcode.inward(), 1));
	}

	/** Every full postcode, then every sector, with its place, in no particular order. */
	void forEach(BiConsumer<String, Place> action) {
		full.forEach(action);
		sectors.forEach(action);
	}

	/** Whether some postcode or sector here lies in upper-tier authority {@code code}. */
	boolean hasAuthority(String code) {
		return code != null && authorities.contains(code);
	}

	int size() {
		return full.size() + sectors.size();
	}

}
