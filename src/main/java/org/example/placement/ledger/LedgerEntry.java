package org.example.placement.ledger;

import org.example.placement.decision.Sha256;
import org.example.placement.decision.SufficiencyRecord;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One row of {@code decision_record} exactly as stored. It also owns the hash arithmetic,
 * so that appending and verifying can never disagree about what a record's hash covers:
 * {@code SHA-256(previousHash \n sequence \n decisionId \n recordedAt \n caller \n rulesetVersion
 * \n requestJson \n responseJson \n firedJson)}, with {@code recordedAt} as an ISO
 * instant in microseconds (the finest both H2 and PostgreSQL store).
 * {@code responsibleAuthority} and {@code asOf} are copies of request fields for
 * filtering; verify checks them against the request. A record stored since issue 13 also
 * holds its {@link SufficiencyRecord}, and its hash covers that too, after the fields
 * above: {@code \n inAreaEligible=<true|false> \n needGroups=<names, or - when not
 * kept>}. A record stored before has none ({@code sufficiency} null) and keeps the hash
 * it was stored with.
 */
record LedgerEntry(long sequence, String decisionId, Instant recordedAt, String caller, String responsibleAuthority,
		LocalDate asOf, String rulesetVersion, String requestJson, String responseJson, String firedJson,
		String previousHash, String recordHash, @Nullable SufficiencyRecord sufficiency) implements ChainRecord {

	/**
	 * What the first record chains to: the hash the migration puts in
	 * {@code ledger_head}.
	 */
	static final String GENESIS_HASH = Sha256.PREFIX + "0".repeat(64);

	LedgerEntry {
		Objects.requireNonNull(decisionId, "decisionId");
		Objects.requireNonNull(recordedAt, "recordedAt");
		Objects.requireNonNull(caller, "caller");
		Objects.requireNonNull(responsibleAuthority, "responsibleAuthority");
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(rulesetVersion, "rulesetVersion");
		Objects.requireNonNull(requestJson, "requestJson");
		Objects.requireNonNull(responseJson, "responseJson");
		Objects.requireNonNull(firedJson, "firedJson");
		Objects.requireNonNull(previousHash, "previousHash");
		Objects.requireNonNull(recordHash, "recordHash");
	}

	/** A record as stored before issue 13: no sufficiency record. */
	LedgerEntry(long sequence, String decisionId, Instant recordedAt, String caller, String responsibleAuthority,
			LocalDate asOf, String rulesetVersion, String requestJson, String responseJson, String firedJson,
			String previousHash, String recordHash) {
		this(sequence, decisionId, recordedAt, caller, responsibleAuthority, asOf, rulesetVersion, requestJson,
				responseJson, firedJson, previousHash, recordHash, null);
	}

	/**
	 * A new record at {@code sequence}, chained to {@code previousHash}, with its hash
	 * computed.
	 */
	static LedgerEntry chained(long sequence, String previousHash, String decisionId, Instant recordedAt, String caller,
			String responsibleAuthority, LocalDate asOf, String rulesetVersion, String requestJson, String responseJson,
			String firedJson) {
		return chained(sequence, previousHash, decisionId, recordedAt, caller, responsibleAuthority, asOf,
				rulesetVersion, requestJson, responseJson, firedJson, null);
	}

	/** The same, holding the decision's sufficiency record (null: as before issue 13). */
	static LedgerEntry chained(long sequence, String previousHash, String decisionId, Instant recordedAt, String caller,
			String responsibleAuthority, LocalDate asOf, String rulesetVersion, String requestJson, String responseJson,
			String firedJson, @Nullable SufficiencyRecord sufficiency) {
		LedgerEntry unsealed = new LedgerEntry(sequence, decisionId, recordedAt.truncatedTo(ChronoUnit.MICROS), caller,
				responsibleAuthority, asOf, rulesetVersion, requestJson, responseJson, firedJson, previousHash, "",
				sufficiency);
		return unsealed.withHash(unsealed.expectedHash());
	}

	/**
	 * The hash these fields call for; equal to {@link #recordHash()} unless the row was
	 * altered.
	 */
	String expectedHash() {
		String fields = String.join("\n", previousHash, Long.toString(sequence), decisionId,
				DateTimeFormatter.ISO_INSTANT.format(recordedAt), caller, rulesetVersion, requestJson, responseJson,
				firedJson);
		if (sufficiency == null) {
			return Sha256.of(fields);
		}
		String groups = sufficiency.needGroupsText();
		return Sha256.of(fields + "\ninAreaEligible=" + sufficiency.inAreaEligible() + "\nneedGroups="
				+ (groups == null ? "-" : groups));
	}

	@Override
	public boolean hashMatches() {
		return recordHash.equals(expectedHash());
	}

	private LedgerEntry withHash(String hash) {
		return new LedgerEntry(sequence, decisionId, recordedAt, caller, responsibleAuthority, asOf, rulesetVersion,
				requestJson, responseJson, firedJson, previousHash, hash, sufficiency);
	}

}
