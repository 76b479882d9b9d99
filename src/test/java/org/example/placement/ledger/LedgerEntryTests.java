package org.example.placement.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import org.example.placement.decision.NeedGroup;
import org.example.placement.decision.Sha256;
import org.example.placement.decision.SufficiencyRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hash arithmetic on its own: what a record's hash covers, and how it is written. */
class LedgerEntryTests {

	static final Instant NANOS = Instant.parse("2026-11-23T09:00:00.123456789Z");

	@Test
	void hashesThePreviousHashAndEveryStoredFieldLineByLine() {
		LedgerEntry entry = entry("caller");

		String expected = Sha256.of(LedgerEntry.GENESIS_HASH + "\n1\nD-1\n2026-11-23T09:00:00.123456Z\ncaller\n"
				+ "sha256:v\n{\"request\":1}\n{\"response\":1}\n[]");

		assertThat(entry.recordHash()).isEqualTo(expected).matches("sha256:[0-9a-f]{64}");
		assertThat(entry.hashMatches()).isTrue();
	}

	@Test
	void hashesTextsFedInPartsAsTheJoinedTextWouldBeHashed() {
		SufficiencyRecord sufficiency = new SufficiencyRecord(true, EnumSet.of(NeedGroup.TEENAGER, NeedGroup.UASC));
		String request = "{\"ref\":\"Siân \u00e9 \ud83d\ude00 \u4e2d\"}";
		String response = "{\"response\":\"\u00a3420\"}";

		LedgerEntry entry = LedgerEntry.chained(7, LedgerEntry.GENESIS_HASH, "D-7", NANOS, "caller-\u00e9", "E06000047",
				LocalDate.of(2026, 11, 23), "sha256:v", request, response, "[]", sufficiency);

		String joined = String.join("\n", LedgerEntry.GENESIS_HASH, "7", "D-7", "2026-11-23T09:00:00.123456Z",
				"caller-\u00e9", "sha256:v", request, response, "[]") + "\ninAreaEligible=true\nneedGroups="
				+ sufficiency.needGroupsText();
		assertThat(entry.recordHash()).isEqualTo(Sha256.of(joined));
		assertThat(entry.hashMatches()).isTrue();
		// a new record is hashed from its bytes as written, to the same hash
		assertThat(LedgerEntry.hash(LedgerEntry.GENESIS_HASH, 7, "D-7", LedgerEntry.stored(NANOS), "caller-\u00e9",
				"sha256:v", RecordTexts.of(request, response, "[]"), sufficiency))
			.isEqualTo(entry.recordHash());
	}

	@Test
	void keepsRecordedAtToTheMicrosecondBothDatabasesStore() {
		assertThat(entry("caller").recordedAt()).isEqualTo(Instant.parse("2026-11-23T09:00:00.123456Z"));
	}

	@Test
	void noLongerMatchesItsHashOnceAFieldChanges() {
		LedgerEntry entry = entry("caller");

		LedgerEntry edited = new LedgerEntry(entry.sequence(), entry.decisionId(), entry.recordedAt(), "someone-else",
				entry.responsibleAuthority(), entry.asOf(), entry.rulesetVersion(), entry.requestJson(),
				entry.responseJson(), entry.firedJson(), entry.previousHash(), entry.recordHash());

		assertThat(edited.hashMatches()).isFalse();
	}

	@Test
	void startsTheChainFromTheGenesisHashTheMigrationWrites() {
		assertThat(LedgerEntry.GENESIS_HASH).isEqualTo("sha256:" + "0".repeat(64));
	}

	static LedgerEntry entry(String caller) {
		return LedgerEntry.chained(1, LedgerEntry.GENESIS_HASH, "D-1", NANOS, caller, "E06000047",
				LocalDate.of(2026, 11, 23), "sha256:v", "{\"request\":1}", "{\"response\":1}", "[]");
	}

}
