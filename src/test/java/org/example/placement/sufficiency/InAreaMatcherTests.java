package org.example.placement.sufficiency;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.PlacementDecider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Putting each kind of in-area place to the engine once gives every child the same
 * in-area options as putting every place to it: checked on the sample return's first 100
 * children placed outside the area against all its in-area places.
 */
class InAreaMatcherTests {

	private static final LocalDate YEAR_END = LocalDate.of(2025, 3, 31);

	private static final String DURHAM = "E06000047";

	@Test
	void placesOfOneKindShareTheEnginesAnswerExactly() {
		Return903 data = Return903.read(ReturnFiles.fromFolder(Path.of("src/test/resources/ssda903-sample")));
		Cohort cohort = Cohort.of(data, YEAR_END, Assessors.GEOGRAPHY);
		List<DutyChild> facts = cohort.children()
			.stream()
			.map(c -> new DutyChild(c.child(), c.episode().place(), false, c.placementAuthority()))
			.toList();
		List<ChildDuty> notMet = Classified.of(Assessors.ENGINE.evaluate(new DutyYear(YEAR_END, DURHAM), facts), cohort)
			.notMet()
			.subList(0, 100);
		List<SupplyPlace> inArea = Supply.of(data.supply(), DURHAM, Assessors.GEOGRAPHY).inAreaWithVacancies();
		InAreaMatcher matcher = new InAreaMatcher(new PlacementDecider(Assessors.ENGINE, Assessors.GEOGRAPHY),
				Assessors.GEOGRAPHY);
		List<Candidate> every = inArea.stream().map(InAreaMatcher::candidateOf).toList();

		List<ChildDuty> grouped = matcher.matchAll(notMet, inArea, YEAR_END, DURHAM, Progress.NONE);

		assertThat(grouped).extracting(ChildDuty::inAreaOptions)
			.containsExactlyElementsOf(
					notMet.stream().map(c -> matcher.match(c, every, YEAR_END, DURHAM).inAreaOptions()).toList());
		assertThat(grouped).anySatisfy(c -> assertThat(c.inAreaOptions()).isNotEmpty());
	}

}
