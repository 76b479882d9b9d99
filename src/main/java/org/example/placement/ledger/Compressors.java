package org.example.placement.ledger;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;

/**
 * Zstandard compressors for {@link LedgerPayload}, kept between records: making a
 * compression context (its tables) and the buffers around it for every record was a
 * quarter of the CPU of compressing a decision of 50 candidates ({@code LedgerCpu}). A
 * caller takes a free one or makes one, and gives it back; at most {@code kept} are kept
 * (two a core: a thread descheduled mid-record still holds one), and buffers grown past
 * {@code maxKeptBytes} (a very large request) are not kept, so what stays is bounded. The
 * frame is the one {@link Zstd#compress(byte[], int)} writes at the same level, with the
 * content size in its header, so records read as before.
 */
final class Compressors {

	/** The service's: level {@link LedgerPayload#LEVEL}, two kept a core. */
	static final Compressors SHARED = new Compressors(LedgerPayload.LEVEL,
			2 * Runtime.getRuntime().availableProcessors(), 1 << 20);

	private final int level;

	private final int maxKeptBytes;

	private final BlockingQueue<Compressor> idle;

	Compressors(int level, int kept, int maxKeptBytes) {
		this.level = level;
		this.maxKeptBytes = maxKeptBytes;
		this.idle = new ArrayBlockingQueue<>(kept);
	}

	/** The parts, each after its length (4 bytes, big-endian), in one frame. */
	byte[] compress(byte[]... parts) {
		Compressor compressor = idle.poll();
		if (compressor == null) {
			compressor = new Compressor(level);
		}
		byte[] frame;
		try {
			frame = compressor.compress(parts, maxKeptBytes);
		}
		catch (RuntimeException ex) {
			compressor.close();
			throw ex;
		}
		if (!idle.offer(compressor)) {
			compressor.close();
		}
		return frame;
	}

	/** Compressors kept now, free for the next caller. */
	int idle() {
		return idle.size();
	}

	/** One context and the buffers it reads and writes, used by one caller at a time. */
	private static final class Compressor implements AutoCloseable {

		private final ZstdCompressCtx context;

		private byte[] framed = new byte[0];

		private byte[] compressed = new byte[0];

		Compressor(int level) {
			this.context = new ZstdCompressCtx().setLevel(level).setContentSize(true).setChecksum(false);
		}

		byte[] compress(byte[][] parts, int maxKeptBytes) {
			int size = 0;
			for (byte[] part : parts) {
				size += Integer.BYTES + part.length;
			}
			byte[] in = (size <= framed.length) ? framed : buffer(size, maxKeptBytes, true);
			ByteBuffer framing = ByteBuffer.wrap(in);
			for (byte[] part : parts) {
				framing.putInt(part.length).put(part);
			}
			int bound = Math.toIntExact(Zstd.compressBound(size));
			byte[] out = (bound <= compressed.length) ? compressed : buffer(bound, maxKeptBytes, false);
			int written = context.compressByteArray(out, 0, out.length, in, 0, size);
			return Arrays.copyOf(out, written);
		}

		/** A buffer of {@code size}, kept for the next record unless too large. */
		private byte[] buffer(int size, int maxKeptBytes, boolean input) {
			byte[] buffer = new byte[size];
			if (size <= maxKeptBytes) {
				if (input) {
					framed = buffer;
				}
				else {
					compressed = buffer;
				}
			}
			return buffer;
		}

		@Override
		public void close() {
			context.close();
		}

	}

}
