package org.example.placement.ledger;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whether UTF-8 JSON holds an escaped surrogate, as the UTF-8 generator writes a lone one
 * where encoding a string writes {@code ?} ({@link LedgerJson#utf8}).
 */
final class EscapedSurrogates {

	/**
	 * The hex digits after a backslash, {@code u} and {@code D} in a surrogate's escape.
	 */
	private static final String HIGH_NIBBLES = "89ABCDEFabcdef";

	/** Eight bytes of a byte array read as one {@code long}. */
	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	/** Bytes looked at with one branch: four words. */
	private static final int BLOCK = 4 * Long.BYTES;

	private static final long ONES = 0x0101010101010101L;

	private static final long HIGH_BITS = 0x8080808080808080L;

	/** A backslash in each of eight bytes. */
	private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

	private EscapedSurrogates() {
	}

	/**
	 * Whether UTF-8 JSON holds an escaped surrogate ({@code \}{@code uD800} to
	 * {@code \}{@code uDFFF}), as the UTF-8 generator writes a lone one; an escaped
	 * backslash before such text also counts, which only costs the slower way. Thirty-two
	 * bytes are looked at a time for a backslash (rare in what the service writes: one
	 * branch for four words, where a branch a word kept the scan at some 1.7% of a 1 x 50
	 * answer's request-thread CPU), and only the bytes around one byte by byte.
	 */
	static boolean in(byte[] json) {
		int i = 0;
		for (; i + BLOCK <= json.length; i += BLOCK) {
			if ((backslashes(json, i) | backslashes(json, i + 8) | backslashes(json, i + 16)
					| backslashes(json, i + 24)) != 0 && anyAt(json, i, i + BLOCK)) {
				return true;
			}
		}
		for (; i + Long.BYTES <= json.length; i += Long.BYTES) {
			if (backslashes(json, i) != 0 && anyAt(json, i, i + Long.BYTES)) {
				return true;
			}
		}
		return anyAt(json, i, json.length);
	}

	/** Non-zero if one of the eight bytes from {@code at} is a backslash. */
	private static long backslashes(byte[] json, int at) {
		long word = (long) LONGS.get(json, at) ^ BACKSLASHES;
		return (word - ONES) & ~word & HIGH_BITS;
	}

	private static boolean anyAt(byte[] json, int from, int to) {
		for (int at = from; at < to; at++) {
			if (surrogateEscapeAt(json, at)) {
				return true;
			}
		}
		return false;
	}

	private static boolean surrogateEscapeAt(byte[] json, int at) {
		return at + 3 < json.length && json[at] == '\\' && json[at + 1] == 'u'
				&& (json[at + 2] == 'D' || json[at + 2] == 'd') && HIGH_NIBBLES.indexOf(json[at + 3]) >= 0;
	}

}
