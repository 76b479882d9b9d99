package org.example.placement.ledger;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionLogUnavailableException;
import org.example.placement.decision.Outcome;

/**
 * Practitioners' outcomes in the decision log: what was actually chosen after each
 * decision, chained with the decisions ({@link ChainRecord}). A decision has at most one
 * current outcome; recording another supersedes it, naming it, and both are kept;
 * recording the current one again (a retry) records nothing. Every method throws
 * {@link DecisionLogUnavailableException} when the log cannot be reached.
 */
public interface OutcomeLedger {

	/**
	 * Records {@code outcome} of the logged decision {@code decisionId} (checked by the
	 * caller) as its current one, once committed and chained.
	 */
	Recorded record(String decisionId, Outcome outcome, String caller);

	/** A decision's outcomes, oldest first; the last is current. */
	List<RecordedOutcome> history(String decisionId);

	Optional<RecordedOutcome> current(String decisionId);

	/**
	 * Each decision's current outcome matching the query, in log order, with the decision
	 * as recorded.
	 */
	void forEachCurrent(OutcomeQuery query, BiConsumer<RecordedOutcome, Decision> action);

	/** The outcome now current, and whether this call recorded it (false: a retry). */
	record Recorded(RecordedOutcome outcome, boolean created) {
	}

}
