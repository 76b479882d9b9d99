package org.example.placement.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import org.jspecify.annotations.Nullable;

/**
 * How a record's three JSON texts (the request, the response, the fired rules) are stored
 * since Flyway {@code V6}: together in {@code payload}, one zlib stream (RFC 1950,
 * deflate) of the three, each as its UTF-8 length (4 bytes, big-endian) and bytes. JSON
 * of a decision repeats itself (rule ids, citations, field names), so this is some ten to
 * twenty times smaller than the text. The hash chain is over the texts, not these bytes
 * ({@link LedgerEntry}), so a record hashes the same however it is stored, and records
 * stored before {@code V6} (the texts in {@code request_json}, {@code response_json} and
 * {@code fired_json}) read, verify and replay unchanged.
 */
final class LedgerPayload {

	/**
	 * Fast rather than smallest: deflate's level 1 keeps most of the gain at a fraction
	 * of the CPU, which the request threads pay.
	 */
	private static final int LEVEL = 1;

	/**
	 * What a record whose stored texts cannot be read back reads as: never valid JSON.
	 */
	static final String UNREADABLE = "\u0000unreadable";

	private LedgerPayload() {
	}

	static byte[] deflate(String requestJson, String responseJson, String firedJson) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + responseJson.length() / 8);
		Deflater deflater = new Deflater(LEVEL);
		try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 8192))) {
			for (String text : new String[] { requestJson, responseJson, firedJson }) {
				byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
				out.writeInt(utf8.length);
				out.write(utf8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deflater.end();
		}
		return bytes.toByteArray();
	}

	/**
	 * The texts a row holds: its text columns when any is set (a record stored before
	 * {@code V6}; on a later record, a change made outside the service, which then fails
	 * its hash), otherwise its payload; {@link #UNREADABLE} for what cannot be read.
	 */
	static Texts read(@Nullable String requestJson, @Nullable String responseJson, @Nullable String firedJson,
			byte @Nullable [] payload) {
		if (requestJson != null || responseJson != null || firedJson != null || payload == null) {
			return new Texts(orUnreadable(requestJson), orUnreadable(responseJson), orUnreadable(firedJson));
		}
		try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(payload)))) {
			return new Texts(text(in), text(in), text(in));
		}
		catch (IOException | RuntimeException ex) {
			return new Texts(UNREADABLE, UNREADABLE, UNREADABLE);
		}
	}

	private static String text(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0) {
			throw new IOException("negative length");
		}
		byte[] utf8 = in.readNBytes(length);
		if (utf8.length != length) {
			throw new IOException("truncated");
		}
		return new String(utf8, StandardCharsets.UTF_8);
	}

	private static String orUnreadable(@Nullable String text) {
		return text == null ? UNREADABLE : text;
	}

	/** A record's request, response and fired rules, as JSON text. */
	record Texts(String requestJson, String responseJson, String firedJson) {
	}

}
