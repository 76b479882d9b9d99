package org.example.placement.ledger;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

import org.jspecify.annotations.Nullable;

/**
 * The chain witness's text: two fixed-size lines (slots), each a note
 * {@code <sequence, 19 digits> sha256:<hash> crc32c:<checksum>} that checks itself, the
 * checksum being CRC32C of what precedes it. The witness writes the newer note over the
 * slot that does not hold the current one, so a write torn by a crash damages only the
 * slot it was writing, and the other still holds the previous note. The file written
 * before notes had slots, one line {@code <sequence> sha256:<hash>}, is still read: as
 * the note in slot 0, until both slots hold valid notes.
 */
final class WitnessSlots {

	/** The bytes of one slot. */
	static final int SLOT = 19 + 1 + 71 + 1 + 15 + 1;

	/** The bytes of the file: both slots. */
	static final int FILE = 2 * SLOT;

	private static final int CHECKED = 19 + 1 + 71;

	private static final Pattern SLOT_LINE = Pattern.compile("(\\d{19}) (sha256:[0-9a-f]{64}) crc32c:([0-9a-f]{8})\n");

	private static final Pattern OLD_LINE = Pattern.compile("(\\d+) (sha256:[0-9a-f]{64})\\s*");

	private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	private WitnessSlots() {
	}

	/** The slot's bytes noting {@code sequence} with {@code hash}. */
	static byte[] encode(long sequence, String hash) {
		if (sequence < 0 || hash.length() != 71) {
			throw new IllegalArgumentException("not a record to witness: " + sequence + " " + hash);
		}
		byte[] slot = new byte[SLOT];
		long rest = sequence;
		for (int i = 18; i >= 0; i--) {
			slot[i] = (byte) ('0' + rest % 10);
			rest /= 10;
		}
		slot[19] = ' ';
		for (int i = 0; i < 71; i++) {
			slot[20 + i] = (byte) hash.charAt(i);
		}
		System.arraycopy(" crc32c:".getBytes(StandardCharsets.US_ASCII), 0, slot, CHECKED, 8);
		long crc = checksum(slot);
		for (int i = 0; i < 8; i++) {
			slot[CHECKED + 8 + i] = HEX[(int) (crc >>> (28 - 4 * i)) & 0xf];
		}
		slot[SLOT - 1] = '\n';
		return slot;
	}

	/**
	 * The newest valid note in {@code bytes} (the file's first {@code length} bytes) and
	 * its slot; the old one-line note counts as slot 0; null when there is none.
	 */
	static @Nullable Found newest(byte[] bytes, int length) {
		Found newest = null;
		for (int slot = 0; slot < 2; slot++) {
			ChainWitness.Mark mark = slot(bytes, length, slot);
			if (mark != null && (newest == null || mark.sequence() > newest.mark().sequence())) {
				newest = new Found(mark, slot);
			}
		}
		if (newest == null) {
			ChainWitness.Mark old = oldLine(bytes, length);
			return old == null ? null : new Found(old, 0);
		}
		return newest;
	}

	private static ChainWitness.@Nullable Mark slot(byte[] bytes, int length, int slot) {
		int start = slot * SLOT;
		if (length < start + SLOT) {
			return null;
		}
		Matcher line = SLOT_LINE.matcher(new String(bytes, start, SLOT, StandardCharsets.ISO_8859_1));
		if (!line.matches() || Long.parseLong(line.group(3), 16) != checksum(bytes, start)) {
			return null;
		}
		return new ChainWitness.Mark(Long.parseLong(line.group(1)), line.group(2));
	}

	private static ChainWitness.@Nullable Mark oldLine(byte[] bytes, int length) {
		int end = 0;
		while (end < length && bytes[end] != '\n') {
			end++;
		}
		Matcher line = OLD_LINE.matcher(new String(bytes, 0, Math.min(end + 1, length), StandardCharsets.ISO_8859_1));
		return line.matches() ? new ChainWitness.Mark(Long.parseLong(line.group(1)), line.group(2)) : null;
	}

	private static long checksum(byte[] slot) {
		return checksum(slot, 0);
	}

	private static long checksum(byte[] bytes, int start) {
		CRC32C crc = new CRC32C();
		crc.update(bytes, start, CHECKED);
		return crc.getValue();
	}

	/** A valid note and the slot it was found in. */
	record Found(ChainWitness.Mark mark, int slot) {
	}

}
