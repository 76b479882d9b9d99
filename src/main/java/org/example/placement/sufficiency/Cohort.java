package org.example.placement.sufficiency;

import org.example.placement.decision.NeedGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.example.placement.decision.Geography;
import org.jspecify.annotations.Nullable;

/**
 * The return seen from one year end (a year runs 1 April to 31 March): who was looked
 * after at year end, with their placements in the year, distance, placement authority and
 * need groups, and how many started to be looked after in the year. Definitions are the
 * README's, word for word.
 */
public final class Cohort {

	private static final Set<String> NEW_PLACEMENT = Set.of("S", "P", "B", "T", "U");

	private final LocalDate yearEnd;

	private final List<ChildAtYearEnd> children;

	private final int startedInYear;

	private Cohort(LocalDate yearEnd, List<ChildAtYearEnd> children, int startedInYear) {
		this.yearEnd = yearEnd;
		this.children = children;
		this.startedInYear = startedInYear;
	}

	public static Cohort of(Return903 data, LocalDate yearEnd, Geography geography) {
		LocalDate yearStart = yearEnd.minusYears(1).plusDays(1);
		Map<String, List<Episode>> byChild = new HashMap<>();
		Set<String> started = new HashSet<>();
		for (Episode episode : data.episodes()) {
			byChild.computeIfAbsent(episode.child(), k -> new ArrayList<>()).add(episode);
			if (episode.rne().equals("S") && !episode.decom().isBefore(yearStart)
					&& !episode.decom().isAfter(yearEnd)) {
				started.add(episode.child());
			}
		}
		Map<String, Set<String>> lookedAfterByGroup = new HashMap<>();
		List<ChildAtYearEnd> children = new ArrayList<>();
		byChild.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
			Optional<Episode> open = entry.getValue()
				.stream()
				.filter(e -> e.openAtEndOf(yearEnd))
				.max(Comparator.comparing(Episode::decom));
			open.ifPresent(episode -> {
				children.add(child(data, entry.getKey(), episode, entry.getValue(), yearStart, yearEnd, geography));
				String group = data.siblingGroups().get(entry.getKey());
				if (group != null) {
					lookedAfterByGroup.computeIfAbsent(group, k -> new HashSet<>()).add(entry.getKey());
				}
			});
		});
		List<ChildAtYearEnd> withSiblings = children.stream()
			.map(c -> withSiblingGroup(c, data, lookedAfterByGroup))
			.toList();
		return new Cohort(yearEnd, withSiblings, started.size());
	}

	private static ChildAtYearEnd child(Return903 data, String child, Episode episode, List<Episode> episodes,
			LocalDate yearStart, LocalDate yearEnd, Geography geography) {
		ChildHeader header = data.headers().get(child);
		Integer age = header == null || header.dob().isAfter(yearEnd) ? null
				: Period.between(header.dob(), yearEnd).getYears();
		BigDecimal miles = episode.homePost() == null || episode.plPost() == null ? null
				: geography.milesBetween(episode.homePost(), episode.plPost()).orElse(null);
		String authority = episode.plPost() == null ? null : geography.authorityOf(episode.plPost()).orElse(null);
		Set<NeedGroup> groups = EnumSet.noneOf(NeedGroup.class);
		if (age != null && age >= 13) {
			groups.add(NeedGroup.TEENAGER);
		}
		if ("N2".equals(episode.cin())) {
			groups.add(NeedGroup.DISABLED);
		}
		if (data.uasc().containsKey(child)) {
			LocalDate ceased = data.uasc().get(child);
			if (ceased == null || ceased.isAfter(yearEnd)) {
				groups.add(NeedGroup.UASC);
			}
		}
		if (header != null && "1".equals(header.mother())) {
			groups.add(NeedGroup.YOUNG_PARENT);
		}
		return new ChildAtYearEnd(child, episode, header, placementsInYear(episodes, yearStart, yearEnd), miles,
				authority, age, groups);
	}

	/**
	 * Episodes starting in the year with RNE S, P, B, T or U, plus one if the child was
	 * already looked after on 1 April (an episode that began before 1 April and had not
	 * ended before it).
	 */
	static int placementsInYear(List<Episode> episodes, LocalDate yearStart, LocalDate yearEnd) {
		int count = 0;
		boolean alreadyLookedAfter = false;
		for (Episode e : episodes) {
			if (NEW_PLACEMENT.contains(e.rne()) && !e.decom().isBefore(yearStart) && !e.decom().isAfter(yearEnd)) {
				count++;
			}
			if (e.decom().isBefore(yearStart) && (e.dec() == null || !e.dec().isBefore(yearStart))) {
				alreadyLookedAfter = true;
			}
		}
		return count + (alreadyLookedAfter ? 1 : 0);
	}

	private static ChildAtYearEnd withSiblingGroup(ChildAtYearEnd child, Return903 data,
			Map<String, Set<String>> lookedAfterByGroup) {
		String group = data.siblingGroups().get(child.child());
		if (group == null || lookedAfterByGroup.get(group).size() < 2) {
			return child;
		}
		Set<NeedGroup> groups = EnumSet.copyOf(EnumSet.of(NeedGroup.SIBLING_GROUP));
		groups.addAll(child.groups());
		return new ChildAtYearEnd(child.child(), child.episode(), child.header(), child.placementsInYear(),
				child.distanceMiles(), child.placementAuthority(), child.age(), groups);
	}

	public LocalDate yearEnd() {
		return yearEnd;
	}

	/** Children looked after at year end, by CHILD. */
	public List<ChildAtYearEnd> children() {
		return children;
	}

	/** Children with an episode with RNE S and DECOM within the year, each once. */
	public int startedInYear() {
		return startedInYear;
	}

	/**
	 * The earliest year end (31 March) on or after the first DECOM; null without
	 * episodes.
	 */
	static @Nullable LocalDate firstYearEnd(Return903 data) {
		return data.episodes()
			.stream()
			.map(Episode::decom)
			.min(Comparator.naturalOrder())
			.map(d -> d.getMonthValue() > 3 ? LocalDate.of(d.getYear() + 1, 3, 31) : LocalDate.of(d.getYear(), 3, 31))
			.orElse(null);
	}

}
