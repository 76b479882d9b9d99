package org.example.placement.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.luben.zstd.Zstd;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compressors kept between records write the frame a new context wrote for every record
 * before them (records compare byte for byte and read back as before), whoever used them
 * last and however large that record was, and no more of them are kept than asked; the
 * service's keep a 1 x 1,000 record's buffers, and only as many compressors hold them as
 * callers used at once.
 */
class CompressorsTests {

	@Test
	void writesTheFrameANewContextWroteAtTheSameLevel() {
		Compressors compressors = new Compressors(LedgerPayload.LEVEL, 2, 1 << 20);
		byte[][] parts = texts(7, 2_000);

		byte[] first = compressors.compress(parts);
		byte[] again = compressors.compress(parts);

		assertThat(first).isEqualTo(Zstd.compress(framed(parts), LedgerPayload.LEVEL)).isEqualTo(again);
		assertThat(LedgerPayload.read(null, null, null, first))
			.isEqualTo(new LedgerPayload.Texts(text(parts[0]), text(parts[1]), text(parts[2])));
	}

	@Test
	void compressesASmallRecordRightAfterOneLargerThanItKeeps() {
		Compressors compressors = new Compressors(LedgerPayload.LEVEL, 1, 4_096);
		byte[][] large = texts(1, 50_000);
		byte[][] small = texts(2, 100);

		assertThat(compressors.compress(large)).isEqualTo(Zstd.compress(framed(large), LedgerPayload.LEVEL));
		assertThat(compressors.compress(small)).isEqualTo(Zstd.compress(framed(small), LedgerPayload.LEVEL));
		assertThat(compressors.compress(large)).isEqualTo(Zstd.compress(framed(large), LedgerPayload.LEVEL));
	}

	@Test
	void givesEachOfManyCallersAtOnceItsOwnRecordAndKeepsNoMoreThanAsked() throws Exception {
		Compressors compressors = new Compressors(LedgerPayload.LEVEL, 2, 1 << 20);
		ExecutorService callers = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < 400; i++) {
				byte[][] parts = texts(i, 100 + 37 * i);
				results.add(callers.submit(() -> Arrays.equals(compressors.compress(parts),
						Zstd.compress(framed(parts), LedgerPayload.LEVEL))));
			}
			for (Future<Boolean> result : results) {
				assertThat(result.get()).isTrue();
			}
		}
		finally {
			callers.shutdown();
		}
		assertThat(compressors.idle()).isBetween(1, 2);
	}

	@Test
	void theServicesKeepTheBuffersOfARecordOfAThousandCandidates() {
		Compressors compressors = new Compressors(LedgerPayload.LEVEL, 4, Compressors.KEPT_BYTES);
		// a 1 x 1,000 record's texts: 662 KB, 699 KB and 379 KB, 1.74 MB framed
		byte[][] thousand = texts(3, 580_000);
		int framed = framed(thousand).length;

		assertThat(compressors.compress(thousand)).isEqualTo(Zstd.compress(framed(thousand), LedgerPayload.LEVEL));

		assertThat(compressors.keptBytes()).isGreaterThanOrEqualTo(2L * framed);
		Compressors keepingAMegabyte = new Compressors(LedgerPayload.LEVEL, 4, 1 << 20);
		keepingAMegabyte.compress(thousand);
		assertThat(keepingAMegabyte.keptBytes()).isLessThan(framed);
	}

	@Test
	void theLastGivenBackIsTakenFirstSoOneCallerAtATimeGrowsOneCompressorsBuffers() {
		Compressors compressors = new Compressors(LedgerPayload.LEVEL, 4, 4 << 20);
		byte[][] small = texts(1, 100);
		compressors.framing((outer) -> compressors.framing((inner) -> compressors.compress(small)));
		assertThat(compressors.idle()).isEqualTo(3);
		byte[][] large = texts(2, 200_000);
		int framed = framed(large).length;

		for (int i = 0; i < 3; i++) {
			assertThat(compressors.compress(large)).isEqualTo(Zstd.compress(framed(large), LedgerPayload.LEVEL));
		}

		assertThat(compressors.keptBytes()).isBetween(2L * framed, 3L * framed);
	}

	/** Three texts of about {@code size} bytes each, differing by {@code seed}. */
	private static byte[][] texts(int seed, int size) {
		byte[][] parts = new byte[3][];
		for (int p = 0; p < parts.length; p++) {
			StringBuilder text = new StringBuilder("{\"seed\":" + seed + ",\"part\":" + p + ",\"items\":[");
			for (int i = 0; text.length() < size; i++) {
				text.append("{\"ref\":\"CAND-").append(i * (seed + 1) % 997).append("\",\"£\":").append(i).append("},");
			}
			parts[p] = text.append("null]}").toString().getBytes(StandardCharsets.UTF_8);
		}
		return parts;
	}

	/** The parts each after its length, as records were framed before they were kept. */
	private static byte[] framed(byte[][] parts) {
		ByteBuffer framed = ByteBuffer
			.allocate(3 * Integer.BYTES + parts[0].length + parts[1].length + parts[2].length);
		for (byte[] part : parts) {
			framed.putInt(part.length).put(part);
		}
		return framed.array();
	}

	private static String text(byte[] utf8) {
		return new String(utf8, StandardCharsets.UTF_8);
	}

}
