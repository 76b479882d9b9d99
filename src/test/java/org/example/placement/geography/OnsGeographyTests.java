package org.example.placement.geography;

import java.math.BigDecimal;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.Location;
import org.example.placement.decision.UnknownPostcodeException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Real ONS data, November 2025 edition. The figures for a child living at DH1 3AA with County
 * Durham responsible are acceptance criteria of the product: they match the DfE's SSDA903
 * derivation.
 */
class OnsGeographyTests {

	private static final String HOME = "DH1 3AA";

	private static final String DURHAM = "E06000047";

	private static final String MIDDLESBROUGH = "E06000002";

	private static final String GATESHEAD = "E08000037";

	private static final String LINCOLNSHIRE = "E10000019";

	private static final String NORTHUMBERLAND = "E06000057";

	private static final String SCOTTISH_BORDERS = "S12000026";

	private static final OnsGeography geography = new OnsGeography();

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
		assertThatThrownBy(() -> geography.locate(candidateAt("DH1 5AA"), "ZZ9 9ZZ", DURHAM))
			.isInstanceOfSatisfying(UnknownPostcodeException.class,
					(thrown) -> assertThat(thrown.postcode()).isEqualTo("ZZ9 9ZZ"));
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
	void scottishAuthorityAdjoiningTheResponsibleAuthorityIsOutOfAreaButNotAtADistance() {
		Candidate located = geography.locate(candidateAt("TD1 1"), "NE61 1AA", NORTHUMBERLAND);

		assertThat(located.localAuthority()).isEqualTo(SCOTTISH_BORDERS);
		assertThat(located.location()).isEqualTo(Location.OUT);
		assertThat(located.atDistance()).isFalse();
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
		return new Candidate("C1", "U1", null, postcode, false, null, null, null, null, null, false, null, null,
				null, null, null, false, null, distanceMiles, localAuthority, null, null, null, false, false);
	}

}
