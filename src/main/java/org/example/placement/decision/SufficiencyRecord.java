package org.example.placement.decision;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What a placement decision tells the sufficiency duty (Children Act 1989 s22G, issue
 * 13), recorded with the decision in the log: whether any candidate within the
 * responsible authority's area ({@link Location#IN}) was eligible (not excluded), and,
 * when the recommendation is not within the area (out of area, or nothing recommended),
 * the child's {@link NeedGroup}s. {@code needGroups} is null when the recommendation is
 * within the area: the groups are not needed then, so they are not kept. A pure function
 * of the request and the decision ({@link #of}), so a replay gives the same record.
 */
public record SufficiencyRecord(boolean inAreaEligible, @Nullable Set<NeedGroup> needGroups) {

	public SufficiencyRecord {
		needGroups = needGroups == null ? null : Set.copyOf(needGroups);
	}

	public static SufficiencyRecord of(DecisionRequest request, Decision decision) {
		boolean inAreaEligible = decision.candidates()
			.stream()
			.anyMatch(c -> c.location() == Location.IN && c.status() != RankedCandidate.Status.EXCLUDED);
		boolean recommendedInArea = decision.candidates()
			.stream()
			.anyMatch(c -> c.status() == RankedCandidate.Status.RECOMMENDED && c.location() == Location.IN);
		return new SufficiencyRecord(inAreaEligible, recommendedInArea ? null : NeedGroup.of(request));
	}

	/**
	 * The groups as stored: names in {@link NeedGroup} order, comma-separated, empty for
	 * none; null when not kept.
	 */
	public @Nullable String needGroupsText() {
		if (needGroups == null) {
			return null;
		}
		return Arrays.stream(NeedGroup.values())
			.filter(needGroups::contains)
			.map(Enum::name)
			.collect(Collectors.joining(","));
	}

	/** Reads {@link #needGroupsText()} back. */
	public static @Nullable Set<NeedGroup> parseNeedGroups(@Nullable String text) {
		if (text == null) {
			return null;
		}
		Set<NeedGroup> groups = EnumSet.noneOf(NeedGroup.class);
		for (String name : text.split(",")) {
			if (!name.isEmpty()) {
				groups.add(NeedGroup.valueOf(name));
			}
		}
		return groups;
	}

}
