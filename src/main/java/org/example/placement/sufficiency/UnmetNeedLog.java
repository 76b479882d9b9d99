package org.example.placement.sufficiency;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Port to the decision log (the ledger), which keeps with each decision what it tells the
 * sufficiency duty: the live view of unmet need ({@link UnmetNeed}) over one authority's
 * decisions, read as far as the log holds now or, to replay an assessment, no further
 * than it held then. Every decision counted is recorded in the access log for the reader
 * before the view is returned, as every read of a decision is.
 */
public interface UnmetNeedLog {

	/**
	 * The decisions of {@code authority} with an as-of date from {@code from} to
	 * {@code to} (both inclusive), and of those only the ones at or before log sequence
	 * {@code through} when it is given.
	 * @throws org.example.placement.decision.DecisionLogUnavailableException when the log
	 * or the access log cannot be reached
	 */
	Read read(String authority, LocalDate from, LocalDate to, @Nullable Long through, String reader);

	/**
	 * The view, and how far the log was read: the last sequence it held (0 when empty),
	 * or {@code through} when given.
	 */
	record Read(UnmetNeed report, long throughSequence) {
	}

}
