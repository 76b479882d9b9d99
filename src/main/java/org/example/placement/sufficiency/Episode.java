package org.example.placement.sufficiency;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One row of {@code episodes.csv}: a period of a placement and legal status (SSDA903
 * codes). {@code dec} is empty while the episode is open; postcodes may be empty.
 */
public record Episode(String child, LocalDate decom, String rne, @Nullable String ls, @Nullable String cin,
		@Nullable String place, @Nullable String placeProvider, @Nullable LocalDate dec, @Nullable String homePost,
		@Nullable String plPost) {

	/** Open on {@code day}: began on or before it and not ended before the day after. */
	boolean openAtEndOf(LocalDate day) {
		return !decom.isAfter(day) && (dec == null || dec.isAfter(day));
	}

	@Override
	public String toString() {
		return "Episode[fields not shown: personal data]";
	}

	static Episode from(CsvRow row) {
		Episode episode = new Episode(row.text("CHILD"), row.date("DECOM"), row.text("RNE"), row.optional("LS"),
				row.optional("CIN"), row.optional("PLACE"), row.optional("PLACE_PROVIDER"), row.optionalDate("DEC"),
				row.optional("HOME_POST"), row.optional("PL_POST"));
		if (episode.dec() != null && episode.dec().isBefore(episode.decom())) {
			throw new RowProblem("DEC", "is before DECOM");
		}
		return episode;
	}

}
