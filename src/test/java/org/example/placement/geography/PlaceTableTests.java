package org.example.placement.geography;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The postcode tables held as packed longs ({@link PlaceTable}) find exactly what a map
 * of strings would: every shipped postcode and sector, by the same postcode parsed again;
 * and what does not fit the packing (a longer key, a character over 255, a point off the
 * grid) is still found, from the map kept beside it.
 */
class PlaceTableTests {

	@Test
	void everyShippedPostcodeAndSectorIsFoundAsLoaded() {
		Postcodes postcodes = Postcodes.load(UpperTiers.load());
		Map<String, Place> all = new HashMap<>();
		postcodes.forEach(all::put);

		assertThat(all).hasSize(postcodes.size()).hasSizeGreaterThan(100_000);
		List<String> notFound = new ArrayList<>();
		int looked = 0;
		for (Map.Entry<String, Place> entry : all.entrySet()) {
			// a few sectors are not postcodes (NPT 0: three letters), never looked up
			if (Postcode.parse(entry.getKey()).isEmpty()) {
				continue;
			}
			looked++;
			if (!entry.getValue().equals(Postcode.parse(entry.getKey()).flatMap(postcodes::find).orElse(null))) {
				notFound.add(entry.getKey());
			}
		}
		assertThat(notFound).isEmpty();
		assertThat(looked).isGreaterThan(all.size() - 100);
	}

	@Test
	void findsWhatDoesNotFitThePackingAndNothingElse() {
		Place durham = new Place("E06000047", new GridPoint(427_000, 542_000));
		Place off = new Place(null, new GridPoint(-5, 1 << 25));
		Map<String, Place> places = new HashMap<>();
		places.put("DH1 3LE", durham);
		places.put("DH1 3", durham);
		places.put("XX99 9XXX", durham);
		places.put("\u0660X1 1AA", durham);
		places.put("NE1 1AA", off);
		PlaceTable table = PlaceTable.of(places);

		assertThat(table.size()).isEqualTo(5);
		assertThat(table.find("DH1", "3LE", 3)).isEqualTo(durham);
		assertThat(table.find("DH1", "3LE", 1)).isEqualTo(durham);
		assertThat(table.find("XX99", "9XXX", 4)).isEqualTo(durham);
		assertThat(table.find("\u0660X1", "1AA", 3)).isEqualTo(durham);
		assertThat(table.find("NE1", "1AA", 3)).isEqualTo(off);
		assertThat(table.find("DH1", "3LF", 3)).isNull();
		assertThat(table.find("DH1", "\u0663", 1)).isNull();
		Map<String, Place> back = new HashMap<>();
		table.forEach(back::put);
		assertThat(back).isEqualTo(places);
	}

}
