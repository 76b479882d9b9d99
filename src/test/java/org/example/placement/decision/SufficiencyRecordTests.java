package org.example.placement.decision;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.example.placement.decision.RankedCandidate.Status;
import org.example.placement.support.Candidates;
import org.example.placement.support.Children;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a decision tells the sufficiency duty: whether an in-area place was eligible, and
 * the child's need groups when the recommendation is not in the area.
 */
class SufficiencyRecordTests {

	@Test
	void anEligibleInAreaPlaceRecommendedKeepsNoGroups() {
		SufficiencyRecord record = SufficiencyRecord.of(request(Children.aThirteenYearOldInCare()),
				decision(ranked("P-1", Status.RECOMMENDED, Location.IN), ranked("P-2", Status.ELIGIBLE, Location.OUT)));

		assertThat(record.inAreaEligible()).isTrue();
		assertThat(record.needGroups()).isNull();
		assertThat(record.needGroupsText()).isNull();
	}

	@Test
	void anOutOfAreaRecommendationAboveAnEligibleInAreaPlaceKeepsTheGroups() {
		SufficiencyRecord record = SufficiencyRecord.of(request(Children.aThirteenYearOldInCare()),
				decision(ranked("P-1", Status.RECOMMENDED, Location.OUT), ranked("P-2", Status.ELIGIBLE, Location.IN)));

		assertThat(record.inAreaEligible()).isTrue();
		assertThat(record.needGroups()).containsExactly(NeedGroup.TEENAGER);
	}

	@Test
	void onlyExcludedInAreaPlacesMeanNoneWasEligible() {
		SufficiencyRecord record = SufficiencyRecord.of(request(Children.aThirteenYearOldInCare()),
				decision(ranked("P-1", Status.RECOMMENDED, Location.OUT), ranked("P-2", Status.EXCLUDED, Location.IN)));

		assertThat(record.inAreaEligible()).isFalse();
		assertThat(record.needGroups()).containsExactly(NeedGroup.TEENAGER);
	}

	@Test
	void nothingRecommendedKeepsTheGroupsToo() {
		SufficiencyRecord record = SufficiencyRecord.of(request(Children.aThirteenYearOldInCare()),
				decision(ranked("P-1", Status.EXCLUDED, Location.IN)));

		assertThat(record.inAreaEligible()).isFalse();
		assertThat(record.needGroups()).isNotNull();
	}

	@Test
	void derivesEachGroupFromItsRequestField() {
		Child everything = Children.aChild()
			.called("CH-1")
			.bornOn(Children.AS_OF.minusYears(13))
			.disabled()
			.uasc()
			.withSiblingsInCare(List.of("SIB-1"))
			.withSiblingsToBePlaced(List.of("SIB-1"))
			.build();

		assertThat(NeedGroup.of(request(everything))).containsExactlyInAnyOrder(NeedGroup.TEENAGER, NeedGroup.DISABLED,
				NeedGroup.UASC, NeedGroup.SIBLING_GROUP);
	}

	@Test
	void aChildIsATeenagerFromTheThirteenthBirthday() {
		Child twelve = Children.aChild().called("CH-1").bornOn(Children.AS_OF.minusYears(13).plusDays(1)).build();
		Child thirteen = Children.aChild().called("CH-1").bornOn(Children.AS_OF.minusYears(13)).build();

		assertThat(NeedGroup.of(request(twelve))).isEmpty();
		assertThat(NeedGroup.of(request(thirteen))).containsExactly(NeedGroup.TEENAGER);
	}

	@Test
	void storesGroupsInOneOrderAndReadsThemBack() {
		SufficiencyRecord record = new SufficiencyRecord(false,
				Set.of(NeedGroup.SIBLING_GROUP, NeedGroup.TEENAGER, NeedGroup.DISABLED));

		assertThat(record.needGroupsText()).isEqualTo("TEENAGER,DISABLED,SIBLING_GROUP");
		assertThat(SufficiencyRecord.parseNeedGroups(record.needGroupsText())).isEqualTo(record.needGroups());
		assertThat(SufficiencyRecord.parseNeedGroups("")).isEmpty();
		assertThat(SufficiencyRecord.parseNeedGroups(null)).isNull();
	}

	private static DecisionRequest request(Child child) {
		return new DecisionRequest(Children.AS_OF, Children.DURHAM, false, child,
				List.of(Candidates.anApprovedFosterCarer("P-1")));
	}

	private static Decision decision(RankedCandidate... candidates) {
		return new Decision("D-1", "sha256:" + "1".repeat(64), Children.AS_OF, Children.DURHAM,
				Arrays.asList(candidates), List.of(), List.of());
	}

	private static RankedCandidate ranked(String ref, Status status, Location location) {
		return new RankedCandidate(ref, status == Status.EXCLUDED ? null : 1, status, Tier.OTHER, 0,
				new BigDecimal("3.0"), location == Location.IN ? Children.DURHAM : "E06000002", location, false,
				List.of(), List.of(), List.of());
	}

}
