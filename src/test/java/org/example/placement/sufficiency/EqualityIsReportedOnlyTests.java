package org.example.placement.sufficiency;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sex and ethnicity are reported (the equality-of-outcomes breakdown) and never an input
 * to a rule or to the placement engine: no duty fact carries them, and changing every
 * child's sex and ethnicity changes nothing but the breakdown.
 */
class EqualityIsReportedOnlyTests {

	private static final Path DATA = Path.of("test-scenarios/england/sufficiency/data/durham-nine-children");

	@Test
	void noDutyFactCarriesSexOrEthnicity() {
		List<Class<?>> facts = List.of(DutyChild.class, DutyYear.class, GroupNeed.class, ProvidersInArea.class,
				MeasureChange.class);

		assertThat(facts)
			.flatExtracting(type -> Arrays.stream(type.getRecordComponents())
				.map(c -> c.getName().toLowerCase(java.util.Locale.ROOT))
				.toList())
			.noneMatch(name -> name.contains("sex") || name.contains("ethnic") || name.contains("header"));
	}

	@Test
	void changingEverySexAndEthnicityChangesOnlyTheBreakdown() {
		ReturnFiles files = ReturnFiles.fromFolder(DATA);
		Map<String, byte[]> changed = new HashMap<>(files.files());
		changed.put(ReturnFiles.HEADER, swapped(files.file(ReturnFiles.HEADER).orElseThrow()));

		SufficiencyReport before = assess(files);
		SufficiencyReport after = assess(new ReturnFiles(changed));

		assertThat(after.equality()).isNotEqualTo(before.equality());
		assertThat(after.duty()).isEqualTo(before.duty());
		assertThat(after.measures()).isEqualTo(before.measures());
		assertThat(after.findings()).isEqualTo(before.findings());
		assertThat(after.couldBePlacedInArea()).isEqualTo(before.couldBePlacedInArea());
		assertThat(after.children()).extracting(ChildDuty::classification, ChildDuty::ruleId, ChildDuty::inAreaOptions)
			.isEqualTo(before.children()
				.stream()
				.map(c -> org.assertj.core.groups.Tuple.tuple(c.classification(), c.ruleId(), c.inAreaOptions()))
				.toList());
	}

	private static SufficiencyReport assess(ReturnFiles files) {
		return Assessors.ASSESSOR.assess("E06000047", LocalDate.of(2025, 3, 31), files, Progress.NONE);
	}

	/** Every child's SEX flipped (1 and 2) and ETHNIC set to another code. */
	private static byte[] swapped(byte[] header) {
		StringBuilder out = new StringBuilder();
		String[] lines = new String(header, StandardCharsets.UTF_8).split("\n");
		out.append(lines[0]).append('\n');
		for (int i = 1; i < lines.length; i++) {
			String[] cells = lines[i].split(",", -1);
			cells[1] = "1".equals(cells[1]) ? "2" : "1";
			cells[3] = "ZZZZ";
			out.append(String.join(",", cells)).append('\n');
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
