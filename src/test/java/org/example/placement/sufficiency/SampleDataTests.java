package org.example.placement.sufficiency;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthetic authority's return ({@code src/test/resources/ssda903-sample}, a copy of
 * ../shared/data/ssda903) end to end: every figure adds up, the malformed rows planted in
 * it are reported and counted, and the trend covers every year of the data.
 */
class SampleDataTests {

	private static final SufficiencyReport REPORT = Assessors.ASSESSOR.assess("E06000047", LocalDate.of(2025, 3, 31),
			ReturnFiles.fromFolder(Path.of("src/test/resources/ssda903-sample")), Progress.NONE);

	@Test
	void everyChildLookedAfterAtYearEndIsClassifiedOnce() {
		SufficiencyReport.Duty duty = REPORT.duty();

		assertThat(REPORT.measures().lookedAfterAtYearEnd()).isEqualTo(893);
		assertThat(duty.met() + duty.notMet() + duty.excepted() + duty.notApplicable() + duty.unknown()).isEqualTo(893);
		assertThat(duty.unclassified()).isZero();
		assertThat(REPORT.children()).hasSize(893);
	}

	@Test
	void reportsTheMalformedRowsAndGoesOn() {
		assertThat(REPORT.problems()).hasSize(47)
			.allSatisfy(p -> assertThat(p).extracting(Problem::file, Problem::column, Problem::message)
				.containsExactly("episodes.csv", "DEC", "is before DECOM"));
	}

	@Test
	void theTrendCoversEveryYearTheDataCovers() {
		assertThat(REPORT.trend()).hasSize(14);
		assertThat(REPORT.trend().get(0).yearEnd()).isEqualTo(LocalDate.of(2012, 3, 31));
		assertThat(REPORT.trend().get(13).lookedAfterAtYearEnd()).isEqualTo(893);
	}

	@Test
	void measuresAndDutyAgree() {
		Measures m = REPORT.measures();

		assertThat(m.distanceKnown()).isLessThanOrEqualTo(m.lookedAfterAtYearEnd());
		assertThat(m.placedMoreThan20Miles()).isLessThanOrEqualTo(m.distanceKnown());
		assertThat(m.placedOutsideArea()).isGreaterThanOrEqualTo(REPORT.duty().notMet());
		assertThat(REPORT.couldBePlacedInArea().notMet()).isEqualTo(REPORT.duty().notMet());
		assertThat(REPORT.couldBePlacedInArea().count()).isEqualTo(REPORT.couldBePlacedInArea().places().size())
			.isLessThanOrEqualTo(REPORT.duty().notMet());
		assertThat(REPORT.findings()).extracting(SufficiencyReport.Finding::ruleId)
			.contains("LOCAL-E06000047-030", "LOCAL-E06000047-033");
		assertThat(REPORT.equality().bySex().values()).extracting(g -> g.measures().lookedAfterAtYearEnd())
			.containsExactly(471, 422);
	}

}
