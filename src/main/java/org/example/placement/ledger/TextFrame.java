package org.example.placement.ledger;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.function.Function;

/**
 * A record's texts, each after its length (4 bytes, big-endian), in one buffer kept with
 * a compressor between records ({@link Compressors#framing}): the frame
 * {@link LedgerPayload} compresses. The log writes a new record's texts straight into it
 * ({@link #begin}, the writes, {@link #end}), so each is copied once, to an array of its
 * length, where each was written to a buffer of its own, copied to its length, and copied
 * again into the frame ({@code RequestPathCpu}). {@link #close()} does nothing: a
 * generator closing its target leaves the frame open.
 */
final class TextFrame extends OutputStream {

	/** The least a buffer grows by, so a first record grows it a few times only. */
	private static final int LEAST = 8_192;

	private final Function<TextFrame, byte[]> compression;

	private byte[] bytes = new byte[0];

	private int size;

	/** Where the text begun starts, after its length. */
	private int start = -1;

	/** {@code compression}: the frame's bytes compressed ({@link #compressed}). */
	TextFrame(Function<TextFrame, byte[]> compression) {
		this.compression = compression;
	}

	/** Room for {@code more} bytes, so a frame sized beforehand is not grown. */
	void reserve(int more) {
		if (more > bytes.length - size) {
			bytes = Arrays.copyOf(bytes,
					Math.toIntExact(Math.max((long) size + more, Math.min(2L * bytes.length, Integer.MAX_VALUE - 16))));
		}
	}

	/** Starts a text: its length, filled in by {@link #end}, then its bytes. */
	void begin() {
		room(Integer.BYTES);
		size += Integer.BYTES;
		start = size;
	}

	/** Ends the text begun, and returns a copy of its bytes. */
	byte[] end() {
		int length = size - start;
		bytes[start - 4] = (byte) (length >>> 24);
		bytes[start - 3] = (byte) (length >>> 16);
		bytes[start - 2] = (byte) (length >>> 8);
		bytes[start - 1] = (byte) length;
		byte[] text = Arrays.copyOfRange(bytes, start, size);
		start = -1;
		return text;
	}

	/** A whole text, after its length. */
	void add(byte[] text) {
		begin();
		write(text, 0, text.length);
		end();
	}

	/** The frame's bytes so far, compressed (a Zstandard frame). */
	byte[] compressed() {
		return compression.apply(this);
	}

	/** Empties the frame for the next record, dropping a buffer over {@code maxBytes}. */
	void clear(int maxBytes) {
		size = 0;
		start = -1;
		if (bytes.length > maxBytes) {
			bytes = new byte[0];
		}
	}

	@Override
	public void write(int b) {
		room(1);
		bytes[size++] = (byte) b;
	}

	@Override
	public void write(byte[] b, int off, int len) {
		room(len);
		System.arraycopy(b, off, bytes, size, len);
		size += len;
	}

	/**
	 * Writes {@code text} as it is if each of its characters is printable ASCII other
	 * than a quote or a backslash, the characters JSON and the generator write unescaped;
	 * else returns false, having written nothing that counts ({@link #size} unchanged).
	 */
	boolean plain(String text) {
		int length = text.length();
		room(length);
		byte[] to = bytes;
		int at = size;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
				return false;
			}
			to[at + i] = (byte) c;
		}
		size = at + length;
		return true;
	}

	/** Drops what was written after the frame's first {@code size} bytes. */
	void cut(int size) {
		this.size = size;
		if (start > size) {
			start = -1;
		}
	}

	/** The buffer, of which the first {@link #size} bytes are the frame's. */
	byte[] bytes() {
		return bytes;
	}

	int size() {
		return size;
	}

	private void room(int more) {
		if (more > bytes.length - size) {
			reserve(Math.max(more, LEAST));
		}
	}

}
