package org.example.placement.ledger;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.example.placement.decision.DecisionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a record is stored since Flyway V6: its three JSON texts compressed together in
 * {@code payload} (Zstandard; deflate as V6 first stored them still reads), read back
 * exactly, hashed as the texts; records stored before, with the texts in their own
 * columns, still read, verify and chain on.
 */
@OnEveryLedgerDatabase
class DecisionLogStorageTests {

	@Parameter
	LedgerDatabase database;

	LedgerFixture ledger;

	@Test
	void storesTheTextsCompressedInThePayloadAndReadsThemBackExactly() {
		DecisionRequest request = Decisions.aRequestIn(Decisions.DURHAM);
		ledger.log.record(request, Decisions.aDecision("D-1", request), "caller");

		Map<String, Object> row = ledger.sql
			.sql("SELECT request_json, response_json, fired_json, payload FROM decision_record")
			.query()
			.singleRow();
		LedgerEntry entry = ledger.entryAt(1);
		assertThat(row).containsEntry(key(row, "request_json"), null)
			.containsEntry(key(row, "response_json"), null)
			.containsEntry(key(row, "fired_json"), null);
		assertThat(((byte[]) row.get(key(row, "payload"))).length).as("bytes stored")
			.isLessThan((entry.requestJson().length() + entry.responseJson().length()) / 2);
		assertThat(entry.requestJson()).isEqualTo(new LedgerJson().write(request));
		assertThat(entry.responseJson()).isEqualTo(new LedgerJson().write(Decisions.aDecision("D-1", request)));
		assertThat(ledger.log.find("D-1").orElseThrow().responseJson()).isEqualTo(entry.responseJson());
		assertThat(entry.hashMatches()).isTrue();
	}

	@Test
	void readsVerifiesAndChainsOnFromRecordsStoredAsTextBeforeV6() {
		DecisionRequest request = Decisions.aRequestIn(Decisions.DURHAM);
		LedgerJson json = new LedgerJson();
		LedgerEntry old = LedgerEntry.chained(1, LedgerEntry.GENESIS_HASH, "D-OLD", LedgerFixture.START, "caller",
				Decisions.DURHAM, request.asOf(), Decisions.RULESET.version(), json.write(request),
				json.write(Decisions.aDecision("D-OLD", request)), "[]");
		insertAsText(old);

		ledger.recordDecisions(3, Decisions.DURHAM);

		assertThat(ledger.log.verify()).isEqualTo(ChainReport.intact(4));
		assertThat(ledger.log.find("D-OLD").orElseThrow().responseJson()).isEqualTo(old.responseJson());
		assertThat(ledger.log.find("D-OLD").orElseThrow().request()).isEqualTo(request);
		assertThat(ledger.entryAt(2).previousHash()).isEqualTo(old.recordHash());
	}

	@Test
	void readsVerifiesAndChainsOnFromRecordsStoredDeflatedAsV6FirstStoredThem() throws IOException {
		DecisionRequest request = Decisions.aRequestIn(Decisions.DURHAM);
		LedgerJson json = new LedgerJson();
		LedgerEntry old = LedgerEntry.chained(1, LedgerEntry.GENESIS_HASH, "D-ZLIB", LedgerFixture.START, "caller",
				Decisions.DURHAM, request.asOf(), Decisions.RULESET.version(), json.write(request),
				json.write(Decisions.aDecision("D-ZLIB", request)), "[]");
		LedgerTables tables = new LedgerTables(ledger.sql);
		tables.insert(old, deflated(old.requestJson(), old.responseJson(), old.firedJson()));
		tables.moveHead(old.sequence(), old.recordHash());

		ledger.recordDecisions(3, Decisions.DURHAM);

		assertThat(ledger.log.verify()).isEqualTo(ChainReport.intact(4));
		assertThat(ledger.log.find("D-ZLIB").orElseThrow().responseJson()).isEqualTo(old.responseJson());
		assertThat(ledger.log.find("D-ZLIB").orElseThrow().request()).isEqualTo(request);
		assertThat(ledger.entryAt(2).previousHash()).isEqualTo(old.recordHash());
	}

	/** The payload as V6 first stored it: the texts framed, one zlib stream. */
	private static byte[] deflated(String... texts) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(
				new DeflaterOutputStream(bytes, new Deflater(Deflater.BEST_SPEED)))) {
			for (String text : texts) {
				byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
				out.writeInt(utf8.length);
				out.write(utf8);
			}
		}
		return bytes.toByteArray();
	}

	/** The row as V1 to V5 stored it: the texts in their columns, no payload. */
	private void insertAsText(LedgerEntry entry) {
		ledger.sql
			.sql("INSERT INTO decision_record (sequence, decision_id, recorded_at, caller, responsible_authority, "
					+ "as_of, ruleset_version, request_json, response_json, fired_json, previous_hash, record_hash) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(entry.sequence(), entry.decisionId(), LedgerTables.utc(entry.recordedAt()), entry.caller(),
					entry.responsibleAuthority(), entry.asOf(), entry.rulesetVersion(), entry.requestJson(),
					entry.responseJson(), entry.firedJson(), entry.previousHash(), entry.recordHash())
			.update();
		ledger.sql.sql("UPDATE ledger_head SET last_sequence = ?, last_hash = ? WHERE id = 1")
			.params(entry.sequence(), entry.recordHash())
			.update();
	}

	/** The column's name as this database spells it (H2 upper case, PostgreSQL lower). */
	private static String key(Map<String, Object> row, String column) {
		return row.keySet().stream().filter(column::equalsIgnoreCase).findFirst().orElseThrow();
	}

}
