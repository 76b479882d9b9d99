package org.example.placement.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.example.placement.decision.Outcome;
import org.example.placement.decision.ReasonCode;
import org.example.placement.decision.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code decision_outcome} exactly as stored, owning its hash arithmetic as
 * {@link LedgerEntry} does for decisions: {@code SHA-256(previousHash \n sequence \n
 * outcome \n outcomeId \n decisionId \n recordedAt \n caller \n chosenRef \n reasonCode \n
 * reason \n decidedBy \n decidedOn \n supersedes)}, {@code recordedAt} an ISO instant in
 * microseconds, and the free-text and optional fields (reasonCode, reason, supersedes)
 * each written as a JSON string or {@code null}, so no text can pass for another field.
 * The word {@code outcome} keeps an outcome's hash from ever equalling a decision's.
 */
record OutcomeEntry(long sequence, String outcomeId, String decisionId, Instant recordedAt, String caller,
		String chosenRef, @Nullable String reasonCode, @Nullable String reason, String decidedBy, LocalDate decidedOn,
		@Nullable String supersedes, String previousHash, String recordHash) implements ChainRecord {

	OutcomeEntry {
		Objects.requireNonNull(outcomeId, "outcomeId");
		Objects.requireNonNull(decisionId, "decisionId");
		Objects.requireNonNull(recordedAt, "recordedAt");
		Objects.requireNonNull(caller, "caller");
		Objects.requireNonNull(chosenRef, "chosenRef");
		Objects.requireNonNull(decidedBy, "decidedBy");
		Objects.requireNonNull(decidedOn, "decidedOn");
		Objects.requireNonNull(previousHash, "previousHash");
		Objects.requireNonNull(recordHash, "recordHash");
	}

	/**
	 * A new outcome at {@code sequence}, chained to {@code previousHash}, its hash
	 * computed.
	 */
	static OutcomeEntry chained(long sequence, String previousHash, String outcomeId, String decisionId,
			Instant recordedAt, String caller, Outcome outcome, @Nullable String supersedes) {
		ReasonCode code = outcome.reasonCode();
		OutcomeEntry unsealed = new OutcomeEntry(sequence, outcomeId, decisionId,
				recordedAt.truncatedTo(ChronoUnit.MICROS), caller, outcome.chosenRef(),
				code == null ? null : code.name(), outcome.reason(), outcome.decidedBy(), outcome.decidedOn(),
				supersedes, previousHash, "");
		return unsealed.withHash(unsealed.expectedHash());
	}

	/**
	 * The outcome as recorded. @throws IllegalArgumentException when a stored reason code
	 * is not one of today's (the row was altered)
	 */
	Outcome outcome() {
		return new Outcome(chosenRef, reasonCode == null ? null : ReasonCode.valueOf(reasonCode), reason, decidedBy,
				decidedOn);
	}

	String expectedHash() {
		return Sha256.of(String.join("\n", previousHash, Long.toString(sequence), "outcome", outcomeId, decisionId,
				DateTimeFormatter.ISO_INSTANT.format(recordedAt), caller, chosenRef, quoted(reasonCode), quoted(reason),
				decidedBy, decidedOn.toString(), quoted(supersedes)));
	}

	OutcomeEntry withHash(String hash) {
		return new OutcomeEntry(sequence, outcomeId, decisionId, recordedAt, caller, chosenRef, reasonCode, reason,
				decidedBy, decidedOn, supersedes, previousHash, hash);
	}

	@Override
	public boolean hashMatches() {
		return recordHash.equals(expectedHash());
	}

	/** JSON's string literal, or {@code null}: one line, whatever the text holds. */
	static String quoted(@Nullable String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
