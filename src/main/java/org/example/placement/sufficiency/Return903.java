package org.example.placement.sufficiency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an assessment reads, parsed once: the SSDA903 header and episodes, the optional
 * UASC, OC3 (care leavers), sibling-group and welfare-exception files, the supply list,
 * and every row refused on the way ({@code problems}).
 */
public record Return903(Map<String, ChildHeader> headers, List<Episode> episodes, Map<String, @Nullable LocalDate> uasc,
		List<String> careLeaverAccommodation, Map<String, String> siblingGroups, Set<String> welfareExceptions,
		List<SupplyPlace> supply, List<Problem> problems) {

	/** Reads every file there is; a file that is not there is an empty one. */
	public static Return903 read(ReturnFiles files) {
		List<Problem> problems = new ArrayList<>();
		Map<String, ChildHeader> headers = new HashMap<>();
		for (ChildHeader header : rows(files, ReturnFiles.HEADER, List.of("CHILD", "DOB"), ChildHeader::from,
				problems)) {
			headers.put(header.child(), header);
		}
		List<Episode> episodes = rows(files, ReturnFiles.EPISODES, List.of("CHILD", "DECOM", "RNE"), Episode::from,
				problems);
		Map<String, @Nullable LocalDate> uasc = new HashMap<>();
		rows(files, ReturnFiles.UASC, List.of("CHILD"), row -> {
			uasc.put(row.text("CHILD"), row.optionalDate("DUC"));
			return row;
		}, problems);
		List<String> accommodation = rows(files, ReturnFiles.OC3, List.of("CHILD", "ACCOM"), row -> {
			row.text("CHILD");
			String accom = row.optional("ACCOM");
			return accom == null ? "" : accom;
		}, problems);
		Map<String, String> siblings = new HashMap<>();
		rows(files, ReturnFiles.SIBLINGS, List.of("CHILD", "GROUP"), row -> {
			siblings.put(row.text("CHILD"), row.text("GROUP"));
			return row;
		}, problems);
		Set<String> excepted = new HashSet<>(
				rows(files, ReturnFiles.WELFARE_EXCEPTIONS, List.of("CHILD"), row -> row.text("CHILD"), problems));
		List<SupplyPlace> supply = rows(files, ReturnFiles.SUPPLY,
				List.of("ref", "placementType", "postcode", "vacancies", "minAge", "maxAge"), SupplyPlace::from,
				problems);
		return new Return903(headers, episodes, uasc, accommodation, siblings, excepted, supply, problems);
	}

	private static <T> List<T> rows(ReturnFiles files, String name, List<String> required,
			java.util.function.Function<CsvRow, T> mapper, List<Problem> problems) {
		return files.file(name)
			.map(bytes -> CsvFile.read(name, bytes,
					required.stream().map(c -> c.toUpperCase(java.util.Locale.ROOT)).toList(), mapper, problems))
			.orElse(List.of());
	}

}
