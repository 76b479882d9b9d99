package org.example.placement.ledger;

import java.util.Arrays;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.function.Function;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;

/**
 * Zstandard compressors for {@link LedgerPayload}, kept between records: making a
 * compression context (its tables) and the buffers around it for every record was a
 * quarter of the CPU of compressing a decision of 50 candidates ({@code LedgerCpu}). A
 * caller takes a free one or makes one, and gives it back; at most {@code kept} are kept
 * (two a core: a thread descheduled mid-record still holds one), and buffers grown past
 * {@code maxKeptBytes} (a very large request) are not kept, so what stays is bounded. The
 * one given back last is taken first, so a few callers at a time keep reusing the same
 * few compressors and only those hold large buffers. The frame is the one
 * {@link Zstd#compress(byte[], int)} writes at the same level, with the content size in
 * its header, so records read as before.
 */
final class Compressors {

	/**
	 * The largest buffer the service keeps: a 1 x 1,000 record's frame (1.74 MB: its
	 * request's 662 KB, its answer's 699 KB and its fired rules' 379 KB) and Zstandard's
	 * output bound for it, so that such a record no longer allocates both afresh (3.5 MB
	 * of the ~30 MB a 1 x 1,000 request allocates: young collections' work). Under half
	 * of the service's 4 MB G1 regions: not humongous.
	 */
	static final int KEPT_BYTES = 2 << 20;

	/** The service's: level {@link LedgerPayload#LEVEL}, two kept a core. */
	static final Compressors SHARED = new Compressors(LedgerPayload.LEVEL,
			2 * Runtime.getRuntime().availableProcessors(), KEPT_BYTES);

	private final int level;

	private final int maxKeptBytes;

	private final BlockingDeque<Compressor> idle;

	Compressors(int level, int kept, int maxKeptBytes) {
		this.level = level;
		this.maxKeptBytes = maxKeptBytes;
		this.idle = new LinkedBlockingDeque<>(kept);
	}

	/** The parts, each after its length (4 bytes, big-endian), in one frame. */
	byte[] compress(byte[]... parts) {
		return framing((frame) -> {
			int size = 0;
			for (byte[] part : parts) {
				size += Integer.BYTES + part.length;
			}
			frame.reserve(size);
			for (byte[] part : parts) {
				frame.add(part);
			}
			return frame.compressed();
		});
	}

	/**
	 * What {@code work} makes of an empty frame of a kept compressor (or a new one),
	 * which it may write and compress ({@link TextFrame#compressed}): the log writes a
	 * record's texts straight into it. The frame is used by this call alone.
	 */
	<T> T framing(Function<TextFrame, T> work) {
		Compressor compressor = idle.pollFirst();
		if (compressor == null) {
			compressor = new Compressor(level);
		}
		T done;
		try {
			done = work.apply(compressor.frame);
		}
		catch (RuntimeException ex) {
			compressor.close();
			throw ex;
		}
		compressor.clear(maxKeptBytes);
		if (!idle.offerFirst(compressor)) {
			compressor.close();
		}
		return done;
	}

	/** Compressors kept now, free for the next caller. */
	int idle() {
		return idle.size();
	}

	/** The bytes of the buffers the compressors kept now hold. */
	long keptBytes() {
		return idle.stream().mapToLong(Compressor::bufferBytes).sum();
	}

	/** One context and the buffers it reads and writes, used by one caller at a time. */
	private static final class Compressor implements AutoCloseable {

		private final ZstdCompressCtx context;

		private final TextFrame frame = new TextFrame(this::compress);

		private byte[] compressed = new byte[0];

		Compressor(int level) {
			this.context = new ZstdCompressCtx().setLevel(level).setContentSize(true).setChecksum(false);
		}

		private byte[] compress(TextFrame in) {
			int bound = Math.toIntExact(Zstd.compressBound(in.size()));
			if (bound > compressed.length) {
				compressed = new byte[bound];
			}
			int written = context.compressByteArray(compressed, 0, compressed.length, in.bytes(), 0, in.size());
			return Arrays.copyOf(compressed, written);
		}

		long bufferBytes() {
			return (long) frame.bytes().length + compressed.length;
		}

		/** Ready for the next caller, keeping no buffer over {@code maxKeptBytes}. */
		void clear(int maxKeptBytes) {
			frame.clear(maxKeptBytes);
			if (compressed.length > maxKeptBytes) {
				compressed = new byte[0];
			}
		}

		@Override
		public void close() {
			context.close();
		}

	}

}
