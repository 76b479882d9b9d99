package org.example.placement.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.example.placement.decision.Geography;
import org.example.placement.sufficiency.ReturnFiles;

/**
 * A fixed-seed authority of {@code children} children looked after at 31 March 2025 and
 * {@code places} supply places, with real postcodes (those of the sample return, so the
 * ONS geography resolves them): homes in County Durham, about two placements in three in
 * Durham, places three in four in Durham, carers approved for the usual age ranges.
 */
final class SufficiencyBenchmarkData {

	static final String DURHAM = "E06000047";

	static final LocalDate YEAR_END = LocalDate.of(2025, 3, 31);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final int[][] AGE_RANGES = { { 0, 17 }, { 0, 10 }, { 5, 17 }, { 11, 17 }, { 12, 17 }, { 16, 17 } };

	private SufficiencyBenchmarkData() {
	}

	static ReturnFiles generate(int children, int places, Geography geography) {
		Random random = new Random(13);
		List<String> durham = new ArrayList<>();
		List<String> elsewhere = new ArrayList<>();
		for (String postcode : samplePostcodes()) {
			(geography.authorityOf(postcode).filter(DURHAM::equals).isPresent() ? durham : elsewhere).add(postcode);
		}
		StringBuilder header = new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
		StringBuilder episodes = new StringBuilder(
				"CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n");
		for (int i = 0; i < children; i++) {
			String child = "B" + (100000 + i);
			LocalDate dob = YEAR_END.minusDays(200 + random.nextInt(17 * 365));
			header.append(child)
				.append(',')
				.append(1 + random.nextInt(2))
				.append(',')
				.append(DATE.format(dob))
				.append(",WBRI,,")
				.append(random.nextInt(40) == 0 ? "1" : "")
				.append(",\n");
			episodes.append(episodesOf(child, dob, random, pick(durham, random), durham, elsewhere));
		}
		StringBuilder supply = new StringBuilder("ref,placementType,provider,postcode,vacancies,minAge,maxAge,"
				+ "suitableForDisabled,registered,ofstedRating,weeklyCost,takesSiblingGroups,parentAndChild\n");
		for (int i = 0; i < places; i++) {
			supply.append(place(i, random, random.nextInt(4) < 3 ? pick(durham, random) : pick(elsewhere, random)));
		}
		return new ReturnFiles(Map.of(ReturnFiles.HEADER, bytes(header), ReturnFiles.EPISODES, bytes(episodes),
				ReturnFiles.SUPPLY, bytes(supply)));
	}

	private static String episodesOf(String child, LocalDate dob, Random random, String home, List<String> durham,
			List<String> elsewhere) {
		StringBuilder rows = new StringBuilder();
		int count = 1 + random.nextInt(4);
		LocalDate start = YEAR_END.minusDays(30 + random.nextInt(5 * 365));
		if (start.isBefore(dob)) {
			start = dob;
		}
		for (int e = 0; e < count; e++) {
			LocalDate end = e == count - 1 ? null : start.plusDays(20 + random.nextInt(300));
			if (end != null && end.isAfter(YEAR_END)) {
				end = null;
			}
			String place = pickOne(random, "U4", "U4", "U4", "U6", "U6", "K2", "K2", "U1", "R3", "P1");
			String provider = place.startsWith("U") ? pickOne(random, "PR1", "PR1", "PR4", "PR5") : "PR3";
			String where = random.nextInt(3) < 2 ? pick(durham, random) : pick(elsewhere, random);
			rows.append(String.join(",", child, DATE.format(start), e == 0 ? "S" : "P",
					pickOne(random, "C2", "C2", "C2", "V2", "C1"), random.nextInt(10) == 0 ? "N2" : "N1", place,
					provider, end == null ? "" : DATE.format(end), end == null ? "" : "X1", "", home, where, ""))
				.append('\n');
			if (end == null) {
				break;
			}
			start = end;
		}
		return rows.toString();
	}

	private static String place(int i, Random random, String postcode) {
		String type = pickOne(random, "U4", "U4", "U4", "U4", "U6", "U6", "K2", "K2", "K2", "R3");
		String provider = type.startsWith("U") ? pickOne(random, "PR1", "PR1", "PR4") : "PR3";
		int[] ages = AGE_RANGES[random.nextInt(AGE_RANGES.length)];
		boolean home = type.startsWith("K");
		return String.join(",", "P-" + i, type, provider, postcode, String.valueOf(random.nextInt(4)),
				String.valueOf(ages[0]), String.valueOf(ages[1]), flag(random, 7), home ? "True" : "",
				home ? pickOne(random, "Good", "Good", "Outstanding", "Requires improvement") : "",
				String.valueOf(400 + random.nextInt(5000)), flag(random, 3), flag(random, 20)) + "\n";
	}

	private static String flag(Random random, int oneIn) {
		return random.nextInt(oneIn) == 0 ? "True" : "False";
	}

	private static String pick(List<String> from, Random random) {
		return from.get(random.nextInt(from.size()));
	}

	private static String pickOne(Random random, String... values) {
		return values[random.nextInt(values.length)];
	}

	private static TreeSet<String> samplePostcodes() {
		try {
			TreeSet<String> postcodes = new TreeSet<>();
			for (String line : Files.readAllLines(Path.of("src/test/resources/ssda903-sample/supply.csv"))
				.subList(1, 300)) {
				postcodes.add(line.split(",")[3]);
			}
			for (String line : Files.readAllLines(Path.of("src/test/resources/ssda903-sample/episodes.csv"))
				.subList(1, 3000)) {
				String[] cells = line.split(",", -1);
				if (!cells[11].isBlank()) {
					postcodes.add(cells[11]);
				}
			}
			return postcodes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] bytes(StringBuilder text) {
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

}
