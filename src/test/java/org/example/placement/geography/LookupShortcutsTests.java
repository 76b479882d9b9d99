package org.example.placement.geography;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shortcuts a decision's geography takes (issue 12 item 3) give what the definitions
 * give: a postcode read without regular expressions is read as the patterns read it, and
 * a distance rounded without writing out its decimal rounds as the DfE's formula does.
 */
class LookupShortcutsTests {

	private static final char[] TYPED = " \t\n\u000B\f\r.-/09AZaz5DHdhTSSRNE".toCharArray();

	@Test
	void readsEveryShippedPostcodeAndSectorAsThePatternsDo() throws IOException {
		List<String> texts = shipped();
		for (String text : texts) {
			for (String typed : List.of(text, text.toLowerCase(), text.replace(" ", ""), " " + text + "\t",
					text.replace(" ", "  "))) {
				assertThat(Postcode.parse(typed)).as(typed).isEqualTo(Postcode.byPatterns(typed));
			}
		}
		assertThat(texts).hasSizeGreaterThan(50_000);
	}

	@Test
	void readsAnyTypedTextAsThePatternsDo() {
		Random random = new Random(20261130L);
		for (int i = 0; i < 200_000; i++) {
			char[] text = new char[random.nextInt(11)];
			for (int c = 0; c < text.length; c++) {
				text[c] = random.nextInt(4) == 0 ? (char) (0x20 + random.nextInt(0x5F))
						: TYPED[random.nextInt(TYPED.length)];
			}
			String typed = new String(text);
			assertThat(Postcode.parse(typed)).as("\"%s\"", typed).isEqualTo(Postcode.byPatterns(typed));
		}
		for (String typed : List.of("", "A", "A1", "A9 ", "AB1", "ABC1 2DE", "A1 2DE", "A12 3DE", "AB12 3DE",
				"AB1C 3DE", "AB123DE", "1A 2BC", "AB1 2D3", "DH1 ٣", "ÄB1 2CD", "dh1 3aa", "DH1\u00A03AA", "ß1 2AB")) {
			assertThat(Postcode.parse(typed)).as(typed).isEqualTo(Postcode.byPatterns(typed));
		}
	}

	@Test
	void roundsEveryDistanceAsTheDecimalOfItsDoubleRounds() {
		Random random = new Random(20261130L);
		GridPoint origin = new GridPoint(0, 0);
		for (int i = 0; i < 500_000; i++) {
			GridPoint to = new GridPoint(random.nextInt(700_000), random.nextInt(1_300_000));
			assertMilesAgree(origin, to);
		}
		// straight east or north, a metre at a time: every distance lands near a
		// half-tenth of a mile over and over
		for (int metres = 0; metres < 200_000; metres++) {
			assertMilesAgree(origin, new GridPoint(metres, 0));
			assertMilesAgree(origin, new GridPoint(0, metres));
		}
	}

	private static void assertMilesAgree(GridPoint from, GridPoint to) {
		double east = (double) from.easting() - to.easting();
		double north = (double) from.northing() - to.northing();
		double miles = Math.sqrt(east * east + north * north) / 1000 / 1.6093;
		assertThat(from.milesTo(to)).as("%s", to).isEqualTo(GridPoint.exactly(miles));
	}

	private static List<String> shipped() throws IOException {
		List<String> texts = new ArrayList<>();
		for (String resource : List.of("/geo/postcodes_northeast.csv", "/geo/postcode_sectors.csv")) {
			try (InputStream in = Objects.requireNonNull(LookupShortcutsTests.class.getResourceAsStream(resource));
					BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				reader.readLine();
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					texts.add(line.substring(0, line.indexOf(',')));
				}
			}
		}
		return texts;
	}

}
