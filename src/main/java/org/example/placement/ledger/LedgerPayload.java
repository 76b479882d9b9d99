package org.example.placement.ledger;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.InflaterInputStream;

import com.github.luben.zstd.Zstd;
import org.jspecify.annotations.Nullable;

/**
 * How a record's three JSON texts (the request, the response, the fired rules) are stored
 * since Flyway {@code V6}: together in {@code payload}, each as its UTF-8 length (4
 * bytes, big-endian) and bytes, the whole compressed. Records appended now are one
 * Zstandard frame (RFC 8878, level 1); records appended before (V6 as first shipped) are
 * one zlib stream (RFC 1950, deflate level 1), told apart by their first bytes (a
 * Zstandard frame starts with its magic number, 28 B5 2F FD; no zlib stream can start 28
 * B5, which fails zlib's header check), so both read. JSON of a decision repeats itself
 * (rule ids, field names), so this is ten to twelve times smaller than the text: a
 * decision of 50 candidates (97 KB of text) is about 8 KB in Zstandard at level 1,
 * against 10 KB in deflate at level 1 (deflate needs its level 6 for 7.9 KB, at seven
 * times the CPU, which the request threads pay). The hash chain is over the texts, not
 * these bytes ({@link LedgerEntry}), so a record hashes the same however it is stored,
 * and records stored before {@code V6} (the texts in {@code request_json},
 * {@code response_json} and {@code fired_json}) read, verify and replay unchanged.
 */
final class LedgerPayload {

	static final int LEVEL = 1;

	/** A Zstandard frame's first four bytes (0xFD2FB528, little-endian). */
	private static final byte[] ZSTD_MAGIC = { (byte) 0x28, (byte) 0xB5, (byte) 0x2F, (byte) 0xFD };

	/** Larger than any record the service takes (its request limit is 2 MB). */
	private static final long MAX_TEXT_BYTES = 512L * 1024 * 1024;

	/**
	 * What a record whose stored texts cannot be read back reads as: never valid JSON.
	 */
	static final String UNREADABLE = "\u0000unreadable";

	private LedgerPayload() {
	}

	static byte[] compress(String requestJson, String responseJson, String firedJson) {
		return compress(RecordTexts.of(requestJson, responseJson, firedJson));
	}

	/**
	 * The texts' bytes as they are, each after its length, in one Zstandard frame, by a
	 * compressor kept from an earlier call when one is free ({@link Compressors}).
	 */
	static byte[] compress(RecordTexts texts) {
		return Compressors.SHARED.compress(texts.request(), texts.response(), texts.fired());
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
		try (DataInputStream in = new DataInputStream(uncompressed(payload))) {
			return new Texts(text(in), text(in), text(in));
		}
		catch (IOException | RuntimeException ex) {
			return new Texts(UNREADABLE, UNREADABLE, UNREADABLE);
		}
	}

	private static InputStream uncompressed(byte[] payload) throws IOException {
		if (!zstd(payload)) {
			return new InflaterInputStream(new ByteArrayInputStream(payload));
		}
		long size = Zstd.getFrameContentSize(payload);
		if (size < 0 || size > MAX_TEXT_BYTES) {
			throw new IOException("no frame content size");
		}
		return new ByteArrayInputStream(Zstd.decompress(payload, (int) size));
	}

	private static boolean zstd(byte[] payload) {
		if (payload.length < ZSTD_MAGIC.length) {
			return false;
		}
		for (int i = 0; i < ZSTD_MAGIC.length; i++) {
			if (payload[i] != ZSTD_MAGIC[i]) {
				return false;
			}
		}
		return true;
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
