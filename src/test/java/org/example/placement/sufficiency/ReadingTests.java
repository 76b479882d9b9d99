package org.example.placement.sufficiency;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files read as authorities hold them: columns in any order and case, unknown ones
 * ignored, a byte-order mark, blank lines; a malformed row reported with file, line and
 * column and counted, the rows after it still read.
 */
class ReadingTests {

	private static final String SUPPLY = "ref,placementType,provider,postcode,vacancies,minAge,maxAge\n";

	@Test
	void readsColumnsInAnyOrderIgnoringUnknownOnesAndAByteOrderMark() {
		Return903 data = read("\uFEFFdob,Extra,child,SEX\n01/02/2010,x,C1,1\n",
				"RNE,DECOM,CHILD,PLACE\nS,1/4/2024,C1,U4\n");

		assertThat(data.problems()).isEmpty();
		assertThat(data.headers().get("C1").dob()).hasToString("2010-02-01");
		assertThat(data.episodes()).singleElement().satisfies(e -> {
			assertThat(e.decom()).hasToString("2024-04-01");
			assertThat(e.place()).isEqualTo("U4");
		});
	}

	@Test
	void reportsEachMalformedRowWithFileLineAndColumnAndReadsTheRest() {
		Return903 data = read("CHILD,DOB\nC1,01/02/2010\nC2,2010-02-01\n\nC3,\nC4,29/02/2012\n",
				"CHILD,DECOM,RNE,DEC\nC1,01/04/2024,S,31/03/2024\nC2,01/04/2024,,\nC4,01/04/2024,S,\n");

		assertThat(data.problems()).containsExactly(new Problem("header.csv", 3, "DOB", "is not a date dd/mm/yyyy"),
				new Problem("header.csv", 5, "DOB", "is empty"),
				new Problem("episodes.csv", 2, "DEC", "is before DECOM"),
				new Problem("episodes.csv", 3, "RNE", "is empty"));
		assertThat(data.headers()).containsOnlyKeys("C1", "C4");
		assertThat(data.episodes()).extracting(Episode::child).containsExactly("C4");
	}

	@Test
	void reportsAMissingRequiredColumnOnceAndReadsNoRowOfThatFile() {
		Return903 data = read("CHILD,SEX\nC1,1\n", "CHILD,DECOM,RNE\nC1,01/04/2024,S\n");

		assertThat(data.problems()).containsExactly(new Problem("header.csv", 1, "DOB", "required column is missing"));
		assertThat(data.headers()).isEmpty();
		assertThat(data.episodes()).hasSize(1);
	}

	@Test
	void reportsAnUnclosedQuoteAndKeepsTheRowsBeforeIt() {
		Return903 data = read("CHILD,DOB\nC1,01/02/2010\n\"C2,01/02/2010\nC3,01/02/2010\n", "CHILD,DECOM,RNE\n");

		assertThat(data.headers()).containsOnlyKeys("C1");
		assertThat(data.problems()).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("header.csv");
			assertThat(p.message()).contains("not valid CSV");
		});
	}

	@Test
	void readsSupplyFlagsAndRefusesAnAgeRangeUpsideDown() {
		Return903 data = read("CHILD,DOB\n", "CHILD,DECOM,RNE\n", """
				ref,placementType,provider,postcode,vacancies,minAge,maxAge,suitableForDisabled,registered,ofstedRating
				P1,U4,PR1,DH1 4YA,1,0,17,True,,Good
				P2,K2,PR3,DH1 4YA,1,17,12,False,True,
				""");

		assertThat(data.supply()).singleElement().satisfies(p -> {
			assertThat(p.suitableForDisabled()).isTrue();
			assertThat(p.ofstedRating()).isEqualTo("GOOD");
		});
		assertThat(data.problems()).containsExactly(new Problem("supply.csv", 3, "minAge", "is above maxAge"));
	}

	@Test
	void countsWhoProvidesTheInAreaPlacesForAWelshAuthorityOnly() {
		Return903 data = read("CHILD,DOB\n", "CHILD,DECOM,RNE\n", """
				ref,placementType,provider,postcode,vacancies,minAge,maxAge,notForProfit
				S1,U4,PR1,CF14 2,1,0,17,False
				S2,K2,PR5,CF14 3,1,11,17,Yes
				S3,K2,PR4,CF14 4,0,11,17,
				S4,R3,PR4,CF14 5,1,16,17,False
				S5,K2,PR4,NP19 4,1,11,17,False
				""");

		assertThat(Supply.of(data.supply(), "W06000015", Assessors.GEOGRAPHY).providers(0).notForProfit())
			.isEqualTo(new ProvidersInArea.NotForProfit(1, 1, 0, 1, 1.0));
		assertThat(Supply.of(data.supply(), "E06000047", Assessors.GEOGRAPHY).providers(0).notForProfit()).isNull();
	}

	private static Return903 read(String header, String episodes) {
		return read(header, episodes, SUPPLY);
	}

	private static Return903 read(String header, String episodes, String supply) {
		return Return903.read(new ReturnFiles(Map.of(ReturnFiles.HEADER, bytes(header), ReturnFiles.EPISODES,
				bytes(episodes), ReturnFiles.SUPPLY, bytes(supply))));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
