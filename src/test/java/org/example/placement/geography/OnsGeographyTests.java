package org.example.placement.geography;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.Location;
import org.example.placement.decision.Whereabouts;
import org.example.placement.support.Candidates;
import org.example.placement.decision.UnknownPostcodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Real ONS data, November 2025 edition. The figures for a child living at DH1 3AA with
 * County Durham responsible are acceptance criteria of the product: they match the DfE's
 * SSDA903 derivation.
 */
class OnsGeographyTests {

	private static final String HOME = "DH1 3AA";

	private static final String DURHAM = "E06000047";

	private static final String MIDDLESBROUGH = "E06000002";

	private static final String GATESHEAD = "E08000037";

	private static final String LINCOLNSHIRE = "E10000019";

	private static final String NORTHUMBERLAND = "E06000057";

	private static final String SCOTTISH_BORDERS = "S12000026";

	private static final String SHROPSHIRE = "E06000051";

	private static final String HEREFORDSHIRE = "E06000019";

	private static final String CARDIFF = "W06000015";

	private static final OnsGeography geography = new OnsGeography();

	@Test
	void answersAtOnceAfterItIsMadeWhileItsTablesLoadOnTheirOwnThread() {
		// the tables load beside the rest of the start (issue 12 item 4); a lookup waits
		// for them
		OnsGeography fresh = new OnsGeography();

		assertThat(fresh.authorityOf("DH1 3AA")).contains(DURHAM);
		fresh.afterSingletonsInstantiated();
		assertThat(fresh.isAuthority(DURHAM)).isTrue();
	}

	@Test
	void placementNearHomeInDurhamIsInAreaAndNotAtADistance() {
		Candidate located = geography.locate(candidateAt("DH1 5AA"), HOME, DURHAM);

		assertThat(located.distanceMiles()).isEqualByComparingTo("1.4");
		assertThat(located.localAuthority()).isEqualTo(DURHAM);
		assertThat(located.location()).isEqualTo(Location.IN);
		assertThat(located.atDistance()).isFalse();
	}

	@Test
	void sectorIsLocatedAtTheMeanPositionOfItsPostcodes() {
		Candidate located = geography.locate(candidateAt("DH8 5"), HOME, DURHAM);

		assertThat(located.distanceMiles()).isEqualByComparingTo("11.7");
		assertThat(located.location()).isEqualTo(Location.IN);
		assertThat(located.atDistance()).isFalse();
	}

	@Test
	void middlesbroughDoesNotAdjoinDurhamSoThePlacementIsAtADistance() {
		Candidate located = geography.locate(candidateAt("TS1 1AA"), HOME, DURHAM);

		assertThat(located.distanceMiles()).isEqualByComparingTo("19.1");
		assertThat(located.localAuthority()).isEqualTo(MIDDLESBROUGH);
		assertThat(located.location()).isEqualTo(Location.OUT);
		assertThat(located.atDistance()).isTrue();
	}

	@Test
	void gatesheadAdjoinsDurhamSoThePlacementIsOutOfAreaButNotAtADistance() {
		Candidate located = geography.locate(candidateAt("NE8 1AA"), HOME, DURHAM);

		assertThat(located.distanceMiles()).isEqualByComparingTo("13.0");
		assertThat(located.localAuthority()).isEqualTo(GATESHEAD);
		assertThat(located.location()).isEqualTo(Location.OUT);
		assertThat(located.atDistance()).isFalse();
	}

	@Test
	void districtIsMappedToTheCountyThatRunsChildrensServices() {
		assertThat(geography.authorityOf("LN1 1")).contains(LINCOLNSHIRE);

		Candidate located = geography.locate(candidateAt("LN1 1"), HOME, DURHAM);

		assertThat(located.distanceMiles()).isEqualByComparingTo("114.6");
		assertThat(located.localAuthority()).isEqualTo(LINCOLNSHIRE);
		assertThat(located.location()).isEqualTo(Location.OUT);
		assertThat(located.atDistance()).isTrue();
	}

	@Test
	void adjacencyHoldsInBothDirections() {
		Candidate durhamChildInGateshead = geography.locate(candidateAt("NE8 1AA"), HOME, DURHAM);
		Candidate gatesheadChildInDurham = geography.locate(candidateAt("DH1 5AA"), "NE8 1AA", GATESHEAD);

		assertThat(durhamChildInGateshead.atDistance()).isFalse();
		assertThat(gatesheadChildInDurham.location()).isEqualTo(Location.OUT);
		assertThat(gatesheadChildInDurham.atDistance()).isFalse();
	}

	@Test
	void derivesEveryValueFromThePostcodesWhateverTheCandidateHeld() {
		Candidate held = candidate("DH1 5AA", new BigDecimal("99.9"), GATESHEAD);

		Candidate located = geography.locate(held, HOME, DURHAM);

		assertThat(located.distanceMiles()).isEqualByComparingTo("1.4");
		assertThat(located.localAuthority()).isEqualTo(DURHAM);
		assertThat(located.location()).isEqualTo(Location.IN);
		assertThat(located.atDistance()).isFalse();
	}

	@Test
	void candidateWithoutPostcodeHasNoDerivedGeography() {
		Candidate located = geography.locate(candidateAt(null), HOME, DURHAM);

		assertThat(located.distanceMiles()).isNull();
		assertThat(located.localAuthority()).isNull();
		assertThat(located.location()).isNull();
		assertThat(located.atDistance()).isNull();
	}

	@Test
	void candidateWithoutPostcodeLosesAnAuthorityItHeld() {
		Candidate located = geography.locate(candidate(null, new BigDecimal("2.0"), MIDDLESBROUGH), HOME, DURHAM);

		assertThat(located.distanceMiles()).isNull();
		assertThat(located.localAuthority()).isNull();
		assertThat(located.location()).isNull();
		assertThat(located.atDistance()).isNull();
	}

	@Test
	void unknownPlacementPostcodeThrowsNamingIt() {
		assertThatThrownBy(() -> geography.locate(candidateAt("zz9 9zz"), HOME, DURHAM))
			.isInstanceOfSatisfying(UnknownPostcodeException.class, (thrown) -> {
				assertThat(thrown.postcode()).isEqualTo("zz9 9zz");
				assertThat(thrown.getMessage()).doesNotContainIgnoringCase("zz9");
			});
	}

	@Test
	void unknownHomePostcodeThrowsNamingIt() {
		assertThatThrownBy(() -> geography.locate(candidateAt("DH1 5AA"), "ZZ9 9ZZ", DURHAM)).isInstanceOfSatisfying(
				UnknownPostcodeException.class, (thrown) -> assertThat(thrown.postcode()).isEqualTo("ZZ9 9ZZ"));
	}

	@Test
	void postcodesAreNormalisedForCaseAndSpacing() {
		assertThat(geography.authorityOf("dh13aa")).contains(DURHAM);
		assertThat(geography.authorityOf(" dh1   3aa ")).contains(DURHAM);
		assertThat(geography.authorityOf("dh8 5")).contains(DURHAM);

		Candidate located = geography.locate(candidateAt("dh15aa"), "dh13aa", DURHAM);

		assertThat(located.distanceMiles()).isEqualByComparingTo("1.4");
	}

	@Test
	void fullPostcodeMissingFromTheDirectoryFallsBackToItsSector() {
		assertThat(geography.authorityOf("DH1 3ZZ")).contains(DURHAM);
		assertThat(geography.authorityOf("CF10 1AA")).contains("W06000015");
	}

	@Test
	void unknownOrMalformedPostcodeHasNoAuthority() {
		assertThat(geography.authorityOf("ZZ9 9ZZ")).isEmpty();
		assertThat(geography.authorityOf("not a postcode")).isEmpty();
		assertThat(geography.authorityOf("")).isEmpty();
		assertThat(geography.authorityOf(null)).isEmpty();
	}

	@Test
	void placementsInWalesScotlandOrNorthernIrelandAreAlwaysOutOfArea() {
		Candidate cardiff = geography.locate(candidateAt("CF10 1"), HOME, DURHAM);
		Candidate belfast = geography.locate(candidateAt("BT1 1"), HOME, DURHAM);

		assertThat(cardiff.location()).isEqualTo(Location.OUT);
		assertThat(cardiff.atDistance()).isTrue();
		assertThat(belfast.location()).isEqualTo(Location.OUT);
		assertThat(belfast.atDistance()).isTrue();
	}

	@Test
	void scottishCouncilIsNotAnAdjoiningLocalAuthoritySoAPlacementInScotlandIsAtADistance() {
		// reg 11(5): "adjoining local authority"; only English and Welsh councils are
		// local
		// authorities (Children Act 1989 s105(1)), though Scottish Borders touches
		// Northumberland
		Candidate located = geography.locate(candidateAt("TD1 1"), "NE61 1AA", NORTHUMBERLAND);

		assertThat(located.localAuthority()).isEqualTo(SCOTTISH_BORDERS);
		assertThat(located.location()).isEqualTo(Location.OUT);
		assertThat(located.atDistance()).isTrue();
	}

	@Test
	void herefordshireAdjoinsShropshireAndItsWelshNeighbours() {
		Candidate hereford = geography.locate(candidateAt("HR1 1"), "SY1 1", SHROPSHIRE);
		Candidate shrewsbury = geography.locate(candidateAt("SY1 1"), "HR1 1", HEREFORDSHIRE);

		assertThat(hereford.localAuthority()).isEqualTo(HEREFORDSHIRE);
		assertThat(hereford.atDistance()).isFalse();
		assertThat(shrewsbury.atDistance()).isFalse();
		assertThat(Adjacency.load().adjoin(HEREFORDSHIRE, "W06000023")).isTrue();
		assertThat(Adjacency.load().adjoin(HEREFORDSHIRE, "")).isFalse();
	}

	@Test
	void aWelshAuthoritysOwnAreaIsInItsArea() {
		Candidate located = geography.locate(candidateAt("CF10 1"), "CF10 1", CARDIFF);

		assertThat(located.localAuthority()).isEqualTo(CARDIFF);
		assertThat(located.location()).isEqualTo(Location.IN);
		assertThat(located.atDistance()).isFalse();
	}

	@Test
	void welshAuthoritiesBorderTheirWelshAndEnglishNeighbours() {
		Adjacency adjacency = Adjacency.load();

		// Cardiff: Vale of Glamorgan, Rhondda Cynon Taf, Caerphilly, Newport; no English
		// neighbour
		assertThat(List.of("W06000014", "W06000016", "W06000018", "W06000022"))
			.allMatch(other -> adjacency.adjoin(CARDIFF, other));
		assertThat(adjacency.adjoin(CARDIFF, "W06000011")).as("Swansea").isFalse();
		assertThat(adjacency.adjoin(CARDIFF, "E06000023")).as("Bristol").isFalse();
		// the Welsh-English border: Flintshire, Wrexham, Powys and Monmouthshire
		assertThat(adjacency.adjoin("W06000005", "E06000050")).isTrue();
		assertThat(adjacency.adjoin("W06000006", "E06000051")).isTrue();
		assertThat(adjacency.adjoin("W06000023", "E06000051")).isTrue();
		assertThat(adjacency.adjoin("W06000021", "E10000013")).isTrue();
	}

	@Test
	void theShippedCorrectionsAddTheUplandBordersTheDerivationMisses() {
		Adjacency adjacency = Adjacency.load();

		assertThat(adjacency.adjoin("W06000004", "W06000023")).as("Denbighshire-Powys").isTrue();
		assertThat(adjacency.adjoin("W06000023", "W06000018")).as("Powys-Caerphilly").isTrue();
		assertThat(geography.locate(candidateAt("SY10 0"), "LL21 1", "W06000004").atDistance()).isFalse();
	}

	@Test
	void overridesAddAndRemovePairsInBothDirections(@TempDir Path dir) throws IOException {
		Path overrides = Files.writeString(dir.resolve("adjacency-overrides.csv"), """
				change,la_code_a,la_code_b
				# Durham's agreement with Middlesbrough
				add,E06000047,E06000002

				remove,E08000037,E06000047
				""");

		Adjacency adjacency = Adjacency.load(overrides);

		assertThat(Adjacency.load().adjoin(MIDDLESBROUGH, DURHAM)).isFalse();
		assertThat(adjacency.adjoin(MIDDLESBROUGH, DURHAM)).isTrue();
		assertThat(adjacency.adjoin(DURHAM, GATESHEAD)).isFalse();
		assertThat(adjacency.adjoin(GATESHEAD, DURHAM)).isFalse();
		assertThat(adjacency.adjoin(DURHAM, NORTHUMBERLAND)).isTrue();
	}

	@Test
	void overridesAreAppliedByTheGeographyWhenConfigured(@TempDir Path dir) throws IOException {
		Path overrides = Files.writeString(dir.resolve("adjacency-overrides.csv"),
				"change,la_code_a,la_code_b\nadd,E06000047,E06000002\n");

		Candidate located = new OnsGeography(overrides.toString()).locate(candidateAt("TS1 1AA"), HOME, DURHAM);

		assertThat(located.location()).isEqualTo(Location.OUT);
		assertThat(located.atDistance()).isFalse();
	}

	@Test
	void overrideRowThatIsNotAValidChangeFailsNamingItsLine(@TempDir Path dir) throws IOException {
		Path scottish = Files.writeString(dir.resolve("scottish.csv"),
				"change,la_code_a,la_code_b\nadd,E06000047,E06000002\nadd,E06000057,S12000026\n");
		Path unknownChange = Files.writeString(dir.resolve("unknown.csv"),
				"change,la_code_a,la_code_b\nmerge,E06000047,E06000002\n");
		Path wrongColumns = Files.writeString(dir.resolve("columns.csv"), "a,b\nE06000047,E06000002\n");

		assertThatThrownBy(() -> Adjacency.load(scottish)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("scottish.csv line 3")
			.hasMessageContaining("English or Welsh");
		assertThatThrownBy(() -> Adjacency.load(unknownChange)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("line 2")
			.hasMessageContaining("add or remove");
		assertThatThrownBy(() -> Adjacency.load(wrongColumns)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("change,la_code_a,la_code_b");
	}

	@Test
	void distanceIsTheDfeGridFormulaInMilesRoundedHalfUpToOneDecimal() {
		GridPoint origin = new GridPoint(0, 0);

		assertThat(origin.milesTo(new GridPoint(3000, 4000))).isEqualByComparingTo("3.1");
		assertThat(origin.milesTo(new GridPoint(0, 16093))).isEqualByComparingTo("10.0");
		assertThat(origin.milesTo(origin)).isEqualByComparingTo("0.0");
	}

	private static Candidate candidateAt(String postcode) {
		return candidate(postcode, null, null);
	}

	private static Candidate candidate(String postcode, BigDecimal distanceMiles, String localAuthority) {
		return Candidates.aCandidate()
			.called("C1")
			.coded("U1")
			.at(postcode)
			.located(new Whereabouts(distanceMiles, localAuthority, null, null))
			.build();
	}

}
