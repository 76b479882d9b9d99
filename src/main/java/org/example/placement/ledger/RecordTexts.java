package org.example.placement.ledger;

import java.nio.charset.StandardCharsets;

/**
 * A record's three JSON texts (the request, the response, the fired rules) as UTF-8
 * bytes, each written once ({@link LedgerJson#texts}): the same bytes are hashed for the
 * chain ({@link LedgerEntry}), compressed into the record ({@link LedgerPayload}),
 * fingerprinted for an idempotency key and, for the response, sent as the answer. A new
 * record is never turned into Java strings on its way to the log.
 */
record RecordTexts(byte[] request, byte[] response, byte[] fired) {

	/** The texts of a record read back (or written by a test), encoded. */
	static RecordTexts of(String requestJson, String responseJson, String firedJson) {
		return new RecordTexts(requestJson.getBytes(StandardCharsets.UTF_8),
				responseJson.getBytes(StandardCharsets.UTF_8), firedJson.getBytes(StandardCharsets.UTF_8));
	}

}
