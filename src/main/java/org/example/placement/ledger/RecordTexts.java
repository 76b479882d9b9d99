package org.example.placement.ledger;

import java.nio.charset.StandardCharsets;

/**
 * A record's three JSON texts (the request, the response, the fired rules) with their
 * UTF-8 bytes, each text written once and encoded once: the same bytes are hashed for the
 * chain ({@link LedgerEntry}), compressed into the record ({@link LedgerPayload}),
 * fingerprinted for an idempotency key and, for the response, sent as the answer.
 */
record RecordTexts(String requestJson, String responseJson, String firedJson, byte[] request, byte[] response,
		byte[] fired) {

	static RecordTexts of(String requestJson, String responseJson, String firedJson) {
		return new RecordTexts(requestJson, responseJson, firedJson, requestJson.getBytes(StandardCharsets.UTF_8),
				responseJson.getBytes(StandardCharsets.UTF_8), firedJson.getBytes(StandardCharsets.UTF_8));
	}

}
