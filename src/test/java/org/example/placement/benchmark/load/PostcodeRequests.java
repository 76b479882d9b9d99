package org.example.placement.benchmark.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Decision requests as a caller sends them, from real ONS postcodes (the North East table
 * the service ships, {@code geo/postcodes_northeast.csv}): a child living in Durham and
 * candidates anywhere in the region, so the service derives distance, authority, location
 * and reg 11(5) from the postcodes as in production. Fixed seed: every run sends the same
 * requests.
 */
public final class PostcodeRequests {

	private static final String[] TYPES = { "U1", "U3", "U4", "U4", "U5", "U6", "U6", "K1", "K2", "H5", "P1", "R1" };

	private static final String[] PROVIDERS = { "PR1", "PR1", "PR2", "PR4", "PR4", "PR5" };

	private final List<String> postcodes;

	private final List<String> durham;

	private PostcodeRequests(List<String> postcodes, List<String> durham) {
		this.postcodes = postcodes;
		this.durham = durham;
	}

	public static PostcodeRequests shipped() throws IOException {
		List<String> all = new ArrayList<>();
		List<String> durham = new ArrayList<>();
		try (InputStream in = Objects.requireNonNull(
				PostcodeRequests.class.getResourceAsStream("/geo/postcodes_northeast.csv"), "the shipped postcodes");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] fields = line.split(",");
				all.add(fields[0]);
				if (fields[1].equals("E06000047")) {
					durham.add(fields[0]);
				}
			}
		}
		return new PostcodeRequests(all, durham);
	}

	/**
	 * {@code count} different requests of one child and {@code candidates} candidates.
	 */
	public List<String> bodies(int count, int candidates) {
		Random random = new Random(20261130L + candidates);
		List<String> bodies = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			bodies.add(body(random, i, candidates));
		}
		return bodies;
	}

	private String body(Random random, int i, int candidates) {
		StringBuilder json = new StringBuilder(200 + 220 * candidates);
		json.append("{\"asOf\":\"2026-11-23\",\"responsibleAuthority\":\"E06000047\",\"child\":{\"ref\":\"CH-LOAD-")
			.append(i)
			.append("\",\"dateOfBirth\":\"2013-05-01\",\"legalStatus\":\"C2\",\"homePostcode\":\"")
			.append(pick(random, durham))
			.append("\"},\"candidates\":[");
		for (int c = 0; c < candidates; c++) {
			json.append(c == 0 ? "" : ",").append(candidate(random, c));
		}
		return json.append("]}").toString();
	}

	private String candidate(Random random, int c) {
		String type = TYPES[random.nextInt(TYPES.length)];
		boolean foster = type.startsWith("U");
		String provider = type.equals("P1") ? "PR0" : PROVIDERS[random.nextInt(PROVIDERS.length)];
		StringBuilder json = new StringBuilder("{\"ref\":\"P-").append(c)
			.append("\",\"placementType\":\"")
			.append(type)
			.append("\",\"provider\":\"")
			.append(provider)
			.append("\",\"postcode\":\"")
			.append(pick(random, postcodes))
			.append("\"");
		if (foster) {
			json.append(",\"carerApproval\":\"").append("APPROVED").append('"');
			json.append(",\"connectedPerson\":").append(type.compareTo("U4") < 0);
		}
		json.append(",\"meetsAssessedNeeds\":").append(random.nextInt(5) != 0);
		json.append(",\"vacancies\":").append(random.nextInt(4));
		return json.append('}').toString();
	}

	private static String pick(Random random, List<String> from) {
		return from.get(random.nextInt(from.size()));
	}

}
