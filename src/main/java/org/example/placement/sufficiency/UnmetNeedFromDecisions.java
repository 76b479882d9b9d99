package org.example.placement.sufficiency;

import java.time.LocalDate;
import java.util.List;

import org.example.placement.decision.DecisionLogUnavailableException;
import org.jspecify.annotations.Nullable;

/**
 * The report's {@code unmetNeedFromDecisions}: the live view of unmet need from the
 * decision log ({@link UnmetNeed}) beside the annual return, over the year assessed and
 * the year after it ({@code from} 1 April of the year assessed {@code to} the next 31
 * March: the year the return covers, to compare with it, and the time until the next
 * return), by quarter. {@code throughSequence} is the last decision log sequence read, so
 * a replay reads the same decisions. When the log was not read ({@code included} false)
 * {@code note} says why, and there are no quarters and no total.
 */
public record UnmetNeedFromDecisions(boolean included, @Nullable String note, LocalDate from, LocalDate to,
		@Nullable Long throughSequence, List<UnmetNeed.Period> quarters, UnmetNeed.@Nullable Period total) {

	/** Why an assessment from the files alone has no view. */
	public static final String FILES_ONLY = "assessed from the files alone: no decision log was read";

	/** Why the command line's view is missing when the log could not be read. */
	public static final String LOG_UNAVAILABLE = "the decision log could not be read";

	public UnmetNeedFromDecisions {
		quarters = List.copyOf(quarters);
	}

	/**
	 * Reads the view for the assessment of {@code yearEnd}: the log as far as it holds
	 * now, or, when {@code through} is given (a replay), no further than that.
	 * @throws DecisionLogUnavailableException when the log cannot be read
	 */
	static UnmetNeedFromDecisions read(UnmetNeedLog log, String authority, LocalDate yearEnd, @Nullable Long through,
			String reader) {
		UnmetNeedLog.Read read = log.read(authority, from(yearEnd), to(yearEnd), through, reader);
		return new UnmetNeedFromDecisions(true, null, from(yearEnd), to(yearEnd), read.throughSequence(),
				read.report().quarters(), read.report().total());
	}

	/** No view, and why. */
	public static UnmetNeedFromDecisions notIncluded(LocalDate yearEnd, String why) {
		return new UnmetNeedFromDecisions(false, why, from(yearEnd), to(yearEnd), null, List.of(), null);
	}

	private static LocalDate from(LocalDate yearEnd) {
		return yearEnd.minusYears(1).plusDays(1);
	}

	private static LocalDate to(LocalDate yearEnd) {
		return yearEnd.plusYears(1);
	}

}
