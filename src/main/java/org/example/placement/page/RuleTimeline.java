package org.example.placement.page;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.example.placement.decision.RuleDefinition;

/**
 * The span the rule catalogue's timeline covers: from the 1st of January of the earliest
 * in-force date to the end of the year after the latest date any rule or today names, so
 * every bar fits and today is on it. Positions are percentages of that span, drawn as SVG
 * attributes (no script, no inline style).
 */
record RuleTimeline(LocalDate start, LocalDate end, LocalDate today) {

	static RuleTimeline of(List<RuleDefinition> rules, LocalDate today) {
		LocalDate first = rules.stream().map(RuleDefinition::inForceFrom).min(LocalDate::compareTo).orElse(today);
		LocalDate last = rules.stream()
			.flatMap(r -> r.inForceUntil() == null ? Stream.of(r.inForceFrom())
					: Stream.of(r.inForceFrom(), r.inForceUntil()))
			.max(LocalDate::compareTo)
			.orElse(today);
		LocalDate latest = last.isAfter(today) ? last : today;
		return new RuleTimeline(first.withDayOfYear(1), latest.plusYears(2).withDayOfYear(1), today);
	}

	/** Where a date lies on the timeline, 0 to 100. */
	public double at(LocalDate date) {
		double span = ChronoUnit.DAYS.between(start, end);
		return Math.round(1000 * ChronoUnit.DAYS.between(start, date) / span) / 10.0;
	}

	/** A rule's bar: from its first day in force to its end, or the timeline's. */
	public Bar bar(RuleDefinition rule) {
		double from = at(rule.inForceFrom());
		double to = at(rule.inForceUntil() == null ? end : rule.inForceUntil());
		return new Bar(from, Math.max(0.5, Math.round(10 * (to - from)) / 10.0), rule.inForceOn(today));
	}

	/** The years marked on the scale, every fifth (and the first). */
	public List<Tick> ticks() {
		return IntStream.rangeClosed(start.getYear(), end.getYear())
			.filter(year -> year == start.getYear() || year % 5 == 0)
			.mapToObj(year -> new Tick(year, at(LocalDate.of(year, 1, 1))))
			.toList();
	}

	public double todayAt() {
		return at(today);
	}

	/**
	 * A bar's left edge and width, in percent, and whether the rule is in force today.
	 */
	record Bar(double x, double width, boolean inForce) {
	}

	record Tick(int year, double x) {
	}

}
