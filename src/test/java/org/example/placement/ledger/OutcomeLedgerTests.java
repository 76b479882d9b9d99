package org.example.placement.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.example.placement.decision.Outcome;
import org.example.placement.decision.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Practitioners' outcomes are links of the decision log's one hash chain, on each
 * database the log supports: they take the next sequence between decisions, verify walks
 * them with the decisions, and tampering with an outcome with plain SQL is found at that
 * outcome. A second outcome supersedes the first, both kept; the same outcome again
 * records nothing.
 */
@OnEveryLedgerDatabase
class OutcomeLedgerTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 23);

	@Parameter
	LedgerDatabase database;

	LedgerFixture ledger;

	@Test
	void anOutcomeTakesTheNextSequenceAndTheChainVerifiesThroughIt() {
		ledger.recordDecisions(3, Decisions.DURHAM);

		OutcomeLedger.Recorded recorded = ledger.outcomes.record("D-2", anOverride("SW-101"), "caller");
		ledger.record("D-4", Decisions.DURHAM);

		assertThat(recorded.created()).isTrue();
		assertThat(recorded.outcome().sequence()).isEqualTo(4);
		assertThat(recorded.outcome().decisionId()).isEqualTo("D-2");
		assertThat(ledger.entryAt(5).previousHash()).isEqualTo(recorded.outcome().hash());
		assertThat(ledger.log.verify()).isEqualTo(ChainReport.intact(5));
	}

	@Test
	void aSecondOutcomeSupersedesTheFirstAndBothAreKept() {
		ledger.recordDecisions(2, Decisions.DURHAM);
		RecordedOutcome first = ledger.outcomes.record("D-1", anOverride("SW-101"), "caller").outcome();

		RecordedOutcome second = ledger.outcomes.record("D-1", new Outcome("FC-2", null, null, "SW-102", DAY), "caller")
			.outcome();

		assertThat(second.supersedes()).isEqualTo(first.outcomeId());
		assertThat(ledger.outcomes.history("D-1")).extracting(RecordedOutcome::outcomeId)
			.containsExactly(first.outcomeId(), second.outcomeId());
		assertThat(ledger.outcomes.current("D-1")).contains(second);
		assertThat(ledger.outcomes.current("D-2")).isEmpty();
		assertThat(ledger.log.verify()).isEqualTo(ChainReport.intact(4));
	}

	@Test
	void theSameOutcomeAgainRecordsNothing() {
		ledger.recordDecisions(1, Decisions.DURHAM);
		RecordedOutcome first = ledger.outcomes.record("D-1", anOverride("SW-101"), "caller").outcome();

		OutcomeLedger.Recorded again = ledger.outcomes.record("D-1", anOverride("SW-101"), "caller");

		assertThat(again.created()).isFalse();
		assertThat(again.outcome()).isEqualTo(first);
		assertThat(ledger.count("decision_outcome")).isEqualTo(1);
		assertThat(ledger.log.verify()).isEqualTo(ChainReport.intact(2));
	}

	@Test
	void anEditedReasonIsReportedAsAlteredAtThatOutcome() {
		ledger.recordDecisions(2, Decisions.DURHAM);
		RecordedOutcome outcome = ledger.outcomes.record("D-1", anOverride("SW-101"), "caller").outcome();
		ledger.record("D-3", Decisions.DURHAM);

		ledger.sql.sql("UPDATE decision_outcome SET reason = 'The carer was unsuitable' WHERE sequence = 3").update();

		assertThat(ledger.log.verify())
			.isEqualTo(new ChainReport(2, false, 3L, "D-1", ChainFault.ALTERED, false, outcome.outcomeId()));
	}

	@Test
	void anOutcomeRewrittenWithAFreshHashIsFoundThroughTheNextLink() {
		ledger.recordDecisions(2, Decisions.DURHAM);
		RecordedOutcome outcome = ledger.outcomes.record("D-1", anOverride("SW-101"), "caller").outcome();
		ledger.record("D-3", Decisions.DURHAM);
		OutcomeEntry forged = OutcomeEntry.chained(3, ledger.entryAt(2).recordHash(), outcome.outcomeId(), "D-1",
				outcome.recordedAt(), "caller", new Outcome("FC-2", null, null, "SW-101", DAY), null);

		ledger.sql
			.sql("UPDATE decision_outcome SET chosen_ref = 'FC-2', reason_code = NULL, reason = NULL,"
					+ " record_hash = ? WHERE sequence = 3")
			.param(forged.recordHash())
			.update();

		assertThat(ledger.log.verify())
			.isEqualTo(new ChainReport(2, false, 3L, "D-1", ChainFault.ALTERED, false, outcome.outcomeId()));
	}

	@Test
	void aDeletedOutcomeIsReportedAsRemovedAtTheNextRecord() {
		ledger.recordDecisions(2, Decisions.DURHAM);
		ledger.outcomes.record("D-1", anOverride("SW-101"), "caller");
		ledger.record("D-3", Decisions.DURHAM);

		ledger.sql.sql("DELETE FROM decision_outcome WHERE sequence = 3").update();

		assertThat(ledger.log.verify()).isEqualTo(new ChainReport(2, false, 4L, "D-3", ChainFault.REMOVED));
	}

	@Test
	void aDeletedLastOutcomeIsFoundThroughTheHead() {
		ledger.recordDecisions(2, Decisions.DURHAM);
		ledger.outcomes.record("D-1", anOverride("SW-101"), "caller");

		ledger.sql.sql("DELETE FROM decision_outcome WHERE sequence = 3").update();

		assertThat(ledger.log.verify()).isEqualTo(new ChainReport(2, false, 3L, null, ChainFault.REMOVED));
	}

	@Test
	void verifiesAcrossChunksOfDecisionsAndOutcomesInterleaved() {
		for (int n = 1; n <= 7; n++) {
			ledger.record("D-" + n, Decisions.DURHAM);
			ledger.outcomes.record("D-" + n, anOverride("SW-10" + n), "caller");
		}

		// the fixture's log reads in chunks of three
		assertThat(ledger.log.verify()).isEqualTo(ChainReport.intact(14));
	}

	@Test
	void readsEachDecisionsCurrentOutcomeWithinTheQueryWithItsDecision() {
		ledger.record("D-1", Decisions.DURHAM);
		ledger.record("D-2", Decisions.DURHAM);
		ledger.record("D-3", Decisions.SUNDERLAND);
		ledger.outcomes.record("D-1", anOverride("SW-101"), "caller");
		ledger.outcomes.record("D-2", new Outcome("FC-2", null, null, "SW-102", DAY.minusDays(5)), "caller");
		ledger.outcomes.record("D-3", anOverride("SW-103"), "caller");
		ledger.outcomes.record("D-1", new Outcome("FC-2", null, null, "SW-101", DAY), "caller");

		assertThat(read(new OutcomeQuery(null, null, null, null))).containsExactly("D-2 FC-2", "D-3 FC-1", "D-1 FC-2");
		assertThat(read(new OutcomeQuery(Decisions.DURHAM, null, null, null))).containsExactly("D-2 FC-2", "D-1 FC-2");
		assertThat(read(new OutcomeQuery(null, null, null, Set.of(Decisions.SUNDERLAND)))).containsExactly("D-3 FC-1");
		assertThat(read(new OutcomeQuery(null, null, null, Set.of()))).isEmpty();
		assertThat(read(new OutcomeQuery(null, DAY, null, null))).containsExactly("D-3 FC-1", "D-1 FC-2");
		assertThat(read(new OutcomeQuery(null, null, DAY.minusDays(1), null))).containsExactly("D-2 FC-2");
	}

	private List<String> read(OutcomeQuery query) {
		List<String> read = new ArrayList<>();
		ledger.outcomes.forEachCurrent(query, (outcome, decision) -> {
			assertThat(decision.decisionId()).isEqualTo(outcome.decisionId());
			read.add(outcome.decisionId() + " " + outcome.outcome().chosenRef());
		});
		return read;
	}

	/** FC-1 chosen over the recommended FC-2. */
	static Outcome anOverride(String decidedBy) {
		return new Outcome("FC-1", ReasonCode.CHILD_WISHES, "Wants to stay near her school friends", decidedBy, DAY);
	}

}
