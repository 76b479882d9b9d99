package org.example.placement.sufficiency;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.example.placement.decision.NeedGroup;
import org.example.placement.decision.SufficiencyRecord;
import org.jspecify.annotations.Nullable;

/**
 * The live view of unmet need between two annual returns (issue 13): over one responsible
 * authority's logged decisions with an as-of date from {@code from} to {@code to} (both
 * inclusive), by quarter of the year that runs 1 April to 31 March, the decisions where
 * no candidate within the area was eligible, and of those how many were for a child in
 * each {@link NeedGroup} (a child may be in several, or none). {@code decisions} counts
 * the decisions that carry a sufficiency record; {@code notRecorded} those logged before
 * decisions carried one (they count nowhere else). Quarters with no decisions are listed
 * with zeros, so a series has no gaps; the first and last are cut to {@code from} and
 * {@code to}.
 */
public record UnmetNeed(String authority, LocalDate from, LocalDate to, List<Period> quarters, Period total) {

	public UnmetNeed {
		quarters = List.copyOf(quarters);
	}

	/**
	 * One quarter (or the whole range): {@code label} is {@code 2025-26 Q1} (April to
	 * June 2025) and so on, or {@code total}.
	 */
	public record Period(String label, LocalDate from, LocalDate to, long decisions, long noInAreaEligible,
			Map<NeedGroup, Long> byGroup, long notRecorded) {

		public Period {
			byGroup = Map.copyOf(byGroup);
		}

	}

	/**
	 * Counts decisions as the log is read, into the quarters from {@code from} to
	 * {@code to} and the total.
	 */
	public static final class Counter {

		private final String authority;

		private final List<Tally> quarters;

		private final Tally total;

		public Counter(String authority, LocalDate from, LocalDate to) {
			if (to.isBefore(from)) {
				throw new IllegalArgumentException("to is before from");
			}
			this.authority = authority;
			this.quarters = quarters(from, to);
			this.total = new Tally("total", from, to);
		}

		/**
		 * One decision with that as-of date, and its record (null: logged before
		 * decisions carried one).
		 */
		public void add(LocalDate asOf, @Nullable SufficiencyRecord record) {
			Tally quarter = quarters.stream()
				.filter(q -> q.covers(asOf))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("an as-of date outside the range"));
			for (Tally tally : List.of(total, quarter)) {
				if (record == null) {
					tally.notRecorded();
				}
				else {
					Set<NeedGroup> groups = record.needGroups();
					tally.recorded(record.inAreaEligible(), groups == null ? Set.of() : groups);
				}
			}
		}

		public UnmetNeed result() {
			return new UnmetNeed(authority, total.from, total.to, quarters.stream().map(Tally::period).toList(),
					total.period());
		}

	}

	/**
	 * The quarters from {@code from} to {@code to}, the first and last cut to them.
	 */
	static List<Tally> quarters(LocalDate from, LocalDate to) {
		List<Tally> quarters = new ArrayList<>();
		LocalDate start = quarterStart(from);
		while (!start.isAfter(to)) {
			LocalDate next = start.plusMonths(3);
			LocalDate first = start.isBefore(from) ? from : start;
			LocalDate last = next.minusDays(1).isAfter(to) ? to : next.minusDays(1);
			quarters.add(new Tally(label(start), first, last));
			start = next;
		}
		return quarters;
	}

	private static LocalDate quarterStart(LocalDate date) {
		int month = date.getMonthValue();
		int offset = (month - Month.APRIL.getValue() + 12) % 3;
		return date.withDayOfMonth(1).minusMonths(offset);
	}

	/** {@code 2025-26 Q1} for the quarter starting 1 April 2025. */
	private static String label(LocalDate quarterStart) {
		int yearStart = quarterStart.getMonthValue() >= Month.APRIL.getValue() ? quarterStart.getYear()
				: quarterStart.getYear() - 1;
		int quarter = (quarterStart.getMonthValue() - Month.APRIL.getValue() + 12) % 12 / 3 + 1;
		return String.format("%d-%02d Q%d", yearStart, (yearStart + 1) % 100, quarter);
	}

	/** Counts for one period, as the decisions are read. */
	static final class Tally {

		private final String label;

		private final LocalDate from;

		private final LocalDate to;

		private long decisions;

		private long noInAreaEligible;

		private long notRecorded;

		private final Map<NeedGroup, Long> byGroup = new EnumMap<>(NeedGroup.class);

		Tally(String label, LocalDate from, LocalDate to) {
			this.label = Objects.requireNonNull(label);
			this.from = from;
			this.to = to;
			for (NeedGroup group : NeedGroup.values()) {
				byGroup.put(group, 0L);
			}
		}

		boolean covers(LocalDate date) {
			return !date.isBefore(from) && !date.isAfter(to);
		}

		void notRecorded() {
			notRecorded++;
		}

		void recorded(boolean inAreaEligible, Iterable<NeedGroup> groups) {
			decisions++;
			if (!inAreaEligible) {
				noInAreaEligible++;
				groups.forEach(group -> byGroup.merge(group, 1L, Long::sum));
			}
		}

		Period period() {
			return new Period(label, from, to, decisions, noInAreaEligible, byGroup, notRecorded);
		}

	}

}
