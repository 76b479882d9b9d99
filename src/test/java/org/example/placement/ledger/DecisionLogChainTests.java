package org.example.placement.ledger;

import java.nio.file.Path;

import org.example.placement.decision.DecisionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain: intact after many appends, and every kind of tampering done with plain
 * SQL reported at the first record it affects, on each database the log supports.
 */
@OnEveryLedgerDatabase
class DecisionLogChainTests {

	@Parameter
	LedgerDatabase database;

	LedgerFixture ledger;

	@Test
	void verifiesAThousandAppendedDecisionsAsIntact(TestReporter reporter) {
		JdbcDecisionLog log = ledger.logOver(ledger.dataSource, JdbcDecisionLog.CHUNK_SIZE);
		long started = System.nanoTime();

		for (int n = 1; n <= 1000; n++) {
			DecisionRequest request = Decisions.aRequestIn(Decisions.DURHAM);
			log.record(request, Decisions.aDecision("D-" + n, request), "caller");
		}
		long appended = System.nanoTime();
		ChainReport report = log.verify();
		long verified = System.nanoTime();

		reporter.publishEntry(database + " 1,000 appends (ms)", Long.toString((appended - started) / 1_000_000));
		reporter.publishEntry(database + " verify of 1,000 (ms)", Long.toString((verified - appended) / 1_000_000));
		assertThat(report).isEqualTo(ChainReport.intact(1000));
	}

	@Test
	void verifiesAnEmptyLogAsIntact() {
		assertThat(ledger.log.verify()).isEqualTo(ChainReport.intact(0));
	}

	@Test
	void reportsAnEditedResponseAsAlteredAtThatRecord() {
		ledger.recordDecisions(5, Decisions.DURHAM);

		ledger.editResponse(3, (response) -> response.replace("FC-2", "FC-9"));

		assertThat(ledger.log.verify()).isEqualTo(new ChainReport(2, false, 3L, "D-3", ChainFault.ALTERED));
	}

	@Test
	void reportsAPayloadThatCannotBeReadAsAltered() {
		ledger.recordDecisions(5, Decisions.DURHAM);

		ledger.sql.sql("UPDATE decision_record SET payload = ? WHERE sequence = 3")
			.param(new byte[] { 1, 2, 3 })
			.update();

		assertThat(ledger.log.verify()).isEqualTo(new ChainReport(2, false, 3L, "D-3", ChainFault.ALTERED));
	}

	@Test
	void reportsAResponseWrittenBesideThePayloadAsAltered() {
		ledger.recordDecisions(5, Decisions.DURHAM);
		String response = ledger.entryAt(3).responseJson();

		ledger.sql.sql("UPDATE decision_record SET response_json = ? WHERE sequence = 3")
			.param(response.replace("FC-2", "FC-9"))
			.update();

		assertThat(ledger.log.verify()).isEqualTo(new ChainReport(2, false, 3L, "D-3", ChainFault.ALTERED));
	}

	@Test
	void reportsAnEditedFilterColumnAsAltered() {
		ledger.recordDecisions(5, Decisions.DURHAM);

		ledger.sql.sql("UPDATE decision_record SET responsible_authority = 'E08000024' WHERE sequence = 4").update();

		assertThat(ledger.log.verify()).isEqualTo(new ChainReport(3, false, 4L, "D-4", ChainFault.ALTERED));
	}

	@Test
	void reportsARecordRewrittenWithAFreshHashAsAltered() {
		ledger.recordDecisions(5, Decisions.DURHAM);
		LedgerEntry original = ledger.entryAt(3);
		LedgerEntry forged = LedgerEntry.chained(3, original.previousHash(), "D-3", original.recordedAt(),
				"someone-else", original.responsibleAuthority(), original.asOf(), original.rulesetVersion(),
				original.requestJson(), original.responseJson(), original.firedJson(), original.sufficiency());

		ledger.sql.sql("UPDATE decision_record SET caller = ?, record_hash = ? WHERE sequence = 3")
			.params(forged.caller(), forged.recordHash())
			.update();

		assertThat(ledger.log.verify()).isEqualTo(new ChainReport(2, false, 3L, "D-3", ChainFault.ALTERED));
	}

	@Test
	void reportsADeletedRecordAsRemovedAtTheNextOne() {
		ledger.recordDecisions(5, Decisions.DURHAM);

		ledger.sql.sql("DELETE FROM decision_record WHERE sequence = 3").update();

		assertThat(ledger.log.verify()).isEqualTo(new ChainReport(2, false, 4L, "D-4", ChainFault.REMOVED));
	}

	@Test
	void detectsADeletedLastRecordThroughTheHead() {
		ledger.recordDecisions(5, Decisions.DURHAM);

		ledger.sql.sql("DELETE FROM decision_record WHERE sequence = 5").update();

		assertThat(ledger.log.verify()).isEqualTo(new ChainReport(4, false, 5L, null, ChainFault.REMOVED));
	}

	@Test
	void reportsSwappedSequencesAsReordered() {
		ledger.recordDecisions(5, Decisions.DURHAM);

		ledger.sql.sql("UPDATE decision_record SET sequence = -2 WHERE sequence = 2").update();
		ledger.sql.sql("UPDATE decision_record SET sequence = 2 WHERE sequence = 4").update();
		ledger.sql.sql("UPDATE decision_record SET sequence = 4 WHERE sequence = -2").update();

		assertThat(ledger.log.verify()).isEqualTo(new ChainReport(1, false, 2L, "D-4", ChainFault.REORDERED));
	}

	@Test
	void checksAnIntactChainsEndAgainstTheWitness(@TempDir Path data) {
		JdbcDecisionLog log = ledger.logWitnessedBy(data.resolve("ledger-witness"));

		record(log, 5);

		assertThat(log.verify()).isEqualTo(ChainReport.intact(5, true));
	}

	@Test
	void detectsALostTailThatTheHeadNoLongerNamesThroughTheWitness(@TempDir Path data) {
		JdbcDecisionLog log = ledger.logWitnessedBy(data.resolve("ledger-witness"));
		record(log, 5);

		loseTheTailAfter(3);

		// the chain alone looks whole: the head was lost together with the records it
		// named
		assertThat(ledger.log.verify()).isEqualTo(ChainReport.intact(3));
		assertThat(log.verify()).isEqualTo(new ChainReport(3, false, 4L, null, ChainFault.TRUNCATED));
	}

	@Test
	void detectsALostTailWhoseSequencesWereReusedThroughTheWitness(@TempDir Path data) {
		Path witness = data.resolve("ledger-witness");
		record(ledger.logWitnessedBy(witness), 5);
		loseTheTailAfter(3);

		// the service restarts and carries on from record 3
		JdbcDecisionLog restarted = ledger.logWitnessedBy(witness);
		for (int n = 6; n <= 7; n++) {
			DecisionRequest request = Decisions.aRequestIn(Decisions.DURHAM);
			restarted.record(request, Decisions.aDecision("D-" + n, request), "caller");
		}

		assertThat(restarted.verify()).isEqualTo(new ChainReport(5, false, 5L, null, ChainFault.TRUNCATED));
	}

	private static void record(JdbcDecisionLog log, int count) {
		for (int n = 1; n <= count; n++) {
			DecisionRequest request = Decisions.aRequestIn(Decisions.DURHAM);
			log.record(request, Decisions.aDecision("D-" + n, request), "caller");
		}
	}

	/**
	 * What a database that lost its last writes in a crash looks like: records and head
	 * both rolled back.
	 */
	private void loseTheTailAfter(long sequence) {
		String hash = ledger.entryAt(sequence).recordHash();
		ledger.sql.sql("DELETE FROM decision_record WHERE sequence > ?").param(sequence).update();
		ledger.sql.sql("UPDATE ledger_head SET last_sequence = ?, last_hash = ? WHERE id = 1")
			.params(sequence, hash)
			.update();
	}

}
