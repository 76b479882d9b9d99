package org.example.placement.decision;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Where practice and the rules disagree: of the outcomes recorded (each decision's
 * current outcome, decided between {@code from} and {@code to} inclusive), how many were
 * overrides ({@link Divergence}), in all, by responsible authority, by reason code and by
 * the rules they overrode. Every rate is overrides divided by outcomes recorded in the
 * same scope, to three places (0 when no outcome was recorded); a rule's rate is its
 * overrides over all outcomes in the report. {@code mostOverridden} is the first
 * {@value #MOST} rules by overrides. {@code withoutRule} counts overrides of a candidate
 * only cost or reference put lower; {@code courtOrdered} those that chose an EXCLUDED
 * candidate under a court order.
 */
public record OverrideReport(@Nullable String authority, @Nullable LocalDate from, @Nullable LocalDate to,
		long outcomes, long overrides, double rate, long courtOrdered, long withoutRule,
		List<AuthorityLine> byAuthority, List<ReasonLine> byReason, List<RuleLine> byRule,
		List<RuleLine> mostOverridden) {

	/** How many rules {@code mostOverridden} lists. */
	public static final int MOST = 10;

	public OverrideReport {
		byAuthority = List.copyOf(byAuthority);
		byReason = List.copyOf(byReason);
		byRule = List.copyOf(byRule);
		mostOverridden = List.copyOf(mostOverridden);
	}

	static double rate(long part, long whole) {
		return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 1000.0;
	}

	/** One responsible authority's outcomes and overrides. */
	public record AuthorityLine(String authority, long outcomes, long overrides, double rate) {
	}

	/** The overrides given one reason code. */
	public record ReasonLine(ReasonCode reasonCode, long overrides) {
	}

	/**
	 * A rule overridden: as the decisions described it (title and citation are null for a
	 * decision made before rules were described), and how often.
	 */
	public record RuleLine(String ruleId, @Nullable String title, @Nullable String citation, @Nullable Effect effect,
			long overrides, double rate) {
	}

	/**
	 * Counts outcomes one at a time, in any order; the same outcomes give the same
	 * report.
	 */
	public static final class Counter {

		private final @Nullable String authority;

		private final @Nullable LocalDate from;

		private final @Nullable LocalDate to;

		private final Map<String, long[]> authorities = new TreeMap<>();

		private final Map<ReasonCode, Long> reasons = new EnumMap<>(ReasonCode.class);

		private final Map<String, Long> rules = new TreeMap<>();

		private final Map<String, RuleSummary> described = new TreeMap<>();

		private long outcomes;

		private long overrides;

		private long courtOrdered;

		private long withoutRule;

		public Counter(@Nullable String authority, @Nullable LocalDate from, @Nullable LocalDate to) {
			this.authority = authority;
			this.from = from;
			this.to = to;
		}

		/** Counts one decision's current outcome. */
		public void add(Decision decision, Outcome outcome) {
			Divergence divergence = Divergence.of(decision, outcome.chosenRef());
			long[] counts = authorities.computeIfAbsent(decision.responsibleAuthority(), (a) -> new long[2]);
			outcomes++;
			counts[0]++;
			if (!divergence.override()) {
				return;
			}
			overrides++;
			counts[1]++;
			if (outcome.reasonCode() != null) {
				reasons.merge(outcome.reasonCode(), 1L, Long::sum);
			}
			if (divergence.chosenExcluded()) {
				courtOrdered++;
			}
			if (divergence.overriddenRules().isEmpty()) {
				withoutRule++;
			}
			for (String rule : divergence.overriddenRules()) {
				rules.merge(rule, 1L, Long::sum);
				RuleSummary summary = decision.rules().get(rule);
				if (summary != null) {
					described.putIfAbsent(rule, summary);
				}
			}
		}

		public OverrideReport result() {
			List<AuthorityLine> byAuthority = authorities.entrySet()
				.stream()
				.map((e) -> new AuthorityLine(e.getKey(), e.getValue()[0], e.getValue()[1],
						rate(e.getValue()[1], e.getValue()[0])))
				.toList();
			List<ReasonLine> byReason = reasons.entrySet()
				.stream()
				.map((e) -> new ReasonLine(e.getKey(), e.getValue()))
				.toList();
			List<RuleLine> byRule = rules.entrySet().stream().map((e) -> line(e.getKey(), e.getValue())).toList();
			List<RuleLine> most = byRule.stream()
				.sorted(Comparator.comparingLong(RuleLine::overrides).reversed().thenComparing(RuleLine::ruleId))
				.limit(MOST)
				.toList();
			return new OverrideReport(authority, from, to, outcomes, overrides, rate(overrides, outcomes), courtOrdered,
					withoutRule, byAuthority, byReason, byRule, most);
		}

		private RuleLine line(String rule, long count) {
			RuleSummary summary = described.get(rule);
			return new RuleLine(rule, summary == null ? null : summary.title(),
					summary == null ? null : summary.citation(), summary == null ? null : summary.effect(), count,
					rate(count, outcomes));
		}

	}

}
