package org.example.placement.sufficiency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The equality-of-outcomes breakdown: the measures and the duty classification by sex and
 * by ethnicity, as header.csv codes them ({@code unknown} when not given). Computed after
 * the rules and the engine have run, from their results: reported only, never an input to
 * any rule or ranking.
 */
final class EqualityBreakdown {

	private EqualityBreakdown() {
	}

	static SufficiencyReport.Equality of(List<ChildDuty> children, String authority) {
		return new SufficiencyReport.Equality(by(children, authority, h -> h.sex()),
				by(children, authority, h -> h.ethnic()));
	}

	private static Map<String, SufficiencyReport.Equality.Group> by(List<ChildDuty> children, String authority,
			Function<ChildHeader, @Nullable String> characteristic) {
		Map<String, List<ChildDuty>> groups = new TreeMap<>();
		for (ChildDuty child : children) {
			ChildHeader header = child.child().header();
			String value = header == null ? null : characteristic.apply(header);
			groups.computeIfAbsent(value == null ? "unknown" : value, k -> new ArrayList<>()).add(child);
		}
		Map<String, SufficiencyReport.Equality.Group> result = new TreeMap<>();
		groups.forEach((value, members) -> result.put(value, new SufficiencyReport.Equality.Group(
				Outcomes.of(members.stream().map(ChildDuty::child).toList(), authority), DutyCounts.of(members))));
		return result;
	}

}
