package org.example.placement.ledger;

import org.example.placement.decision.Sha256;
import org.example.placement.decision.SufficiencyRecord;
import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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

	private static final byte NEWLINE = '\n';

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
		Instant stored = stored(recordedAt);
		String hash = hash(previousHash, sequence, decisionId, stored, caller, rulesetVersion,
				RecordTexts.of(requestJson, responseJson, firedJson), sufficiency);
		return new LedgerEntry(sequence, decisionId, stored, caller, responsibleAuthority, asOf, rulesetVersion,
				requestJson, responseJson, firedJson, previousHash, hash, sufficiency);
	}

	/**
	 * {@code recordedAt} as stored: to the microsecond, the finest both databases keep.
	 */
	static Instant stored(Instant recordedAt) {
		return recordedAt.truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * The hash these fields call for; equal to {@link #recordHash()} unless the row was
	 * altered.
	 */
	String expectedHash() {
		return hash(previousHash, sequence, decisionId, recordedAt, caller, rulesetVersion,
				RecordTexts.of(requestJson, responseJson, firedJson), sufficiency);
	}

	/**
	 * The SHA-256 of the fields joined by {@code \n} (and, with a sufficiency record, its
	 * two lines), in UTF-8, fed to the digest part by part: the same digest as of the
	 * joined text, without joining it. A new record is hashed here from the bytes it is
	 * written as ({@link ChainAppender}), never decoded to text first; {@code recordedAt}
	 * as {@link #stored}.
	 */
	static String hash(String previousHash, long sequence, String decisionId, Instant recordedAt, String caller,
			String rulesetVersion, RecordTexts texts, @Nullable SufficiencyRecord sufficiency) {
		MessageDigest sha = Sha256.newDigest();
		for (String field : new String[] { previousHash, Long.toString(sequence), decisionId,
				DateTimeFormatter.ISO_INSTANT.format(recordedAt), caller, rulesetVersion }) {
			sha.update(field.getBytes(StandardCharsets.UTF_8));
			sha.update(NEWLINE);
		}
		sha.update(texts.request());
		sha.update(NEWLINE);
		sha.update(texts.response());
		sha.update(NEWLINE);
		sha.update(texts.fired());
		if (sufficiency != null) {
			String groups = sufficiency.needGroupsText();
			sha.update(("\ninAreaEligible=" + sufficiency.inAreaEligible() + "\nneedGroups="
					+ (groups == null ? "-" : groups))
				.getBytes(StandardCharsets.UTF_8));
		}
		return Sha256.hex(sha);
	}

	@Override
	public boolean hashMatches() {
		return recordHash.equals(expectedHash());
	}

}
