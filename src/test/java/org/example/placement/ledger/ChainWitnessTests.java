package org.example.placement.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainWitnessTests {

	@TempDir
	Path data;

	@Test
	void readsTheLastRecordWitnessedInPlainText() throws IOException {
		Path file = data.resolve("ledger-witness");
		try (ChainWitness witness = ChainWitness.at(file)) {
			witness.witness(1, hash('1'));
			witness.witness(2, hash('2'));
			witness.witness(3, hash('3'));
		}

		assertThat(ChainWitness.at(file).read()).contains(new ChainWitness.Mark(3, hash('3')));
		assertThat(Files.readString(file, StandardCharsets.US_ASCII)).hasSize(WitnessSlots.FILE)
			.contains("0000000000000000003 " + hash('3') + " crc32c:")
			.contains("0000000000000000002 " + hash('2') + " crc32c:");
	}

	@Test
	void aSlotTornMidWriteLeavesThePreviousMark() throws IOException {
		Path file = data.resolve("ledger-witness");
		byte[] bytes = notesSevenAndEight(file);
		int newest = new String(bytes, StandardCharsets.US_ASCII).indexOf("0000000000000000008");
		byte[] next = WitnessSlots.encode(9, hash('9'));

		// the write of the next note stopped half way, over the slot that held 7
		int older = newest == 0 ? WitnessSlots.SLOT : 0;
		System.arraycopy(next, 0, bytes, older, next.length / 2);
		Files.write(file, bytes);

		assertThat(ChainWitness.at(file).read()).contains(new ChainWitness.Mark(8, hash('8')));
	}

	@Test
	void aFlippedByteInTheNewestSlotLeavesThePreviousMark() throws IOException {
		Path file = data.resolve("ledger-witness");
		byte[] bytes = notesSevenAndEight(file);
		int newest = new String(bytes, StandardCharsets.US_ASCII).indexOf("0000000000000000008");
		bytes[newest + 30] = (byte) (bytes[newest + 30] == 'a' ? 'b' : 'a');
		Files.write(file, bytes);

		assertThat(ChainWitness.at(file).read()).contains(new ChainWitness.Mark(7, hash('7')));
	}

	@Test
	void reportsAFileWhereNeitherSlotHoldsAValidNote() throws IOException {
		Path file = data.resolve("ledger-witness");
		byte[] noise = new byte[WitnessSlots.FILE];
		Arrays.fill(noise, (byte) 'x');
		Files.write(file, noise);

		assertThatIllegalStateException().isThrownBy(() -> ChainWitness.at(file).read())
			.withMessageContaining("holds no valid note");
	}

	@Test
	void readsAndMovesOnFromTheOneLineNoteOfEarlierVersions() throws IOException {
		Path file = data.resolve("ledger-witness");
		Files.writeString(file, "41 " + hash('4') + "\n", StandardCharsets.US_ASCII);
		assertThat(ChainWitness.at(file).read()).contains(new ChainWitness.Mark(41, hash('4')));

		try (ChainWitness witness = ChainWitness.at(file)) {
			witness.witness(40, hash('0'));
			assertThat(witness.read()).contains(new ChainWitness.Mark(41, hash('4')));
			witness.witness(42, hash('2'));
			assertThat(witness.read()).contains(new ChainWitness.Mark(42, hash('2')));
			witness.witness(43, hash('3'));
		}

		assertThat(ChainWitness.at(file).read()).contains(new ChainWitness.Mark(43, hash('3')));
	}

	@Test
	void anUpgradeTornMidWriteLeavesTheOneLineNote() throws IOException {
		Path file = data.resolve("ledger-witness");
		String old = "41 " + hash('4') + "\n";
		byte[] next = WitnessSlots.encode(42, hash('2'));
		byte[] torn = Arrays.copyOf(old.getBytes(StandardCharsets.US_ASCII), WitnessSlots.SLOT + next.length / 2);
		System.arraycopy(next, 0, torn, WitnessSlots.SLOT, next.length / 2);
		Files.write(file, torn);

		assertThat(ChainWitness.at(file).read()).contains(new ChainWitness.Mark(41, hash('4')));
	}

	@Test
	void instancesSharingTheFileNeverPutItsNoteBack() {
		Path file = data.resolve("shared").resolve("ledger-witness");
		try (ChainWitness first = ChainWitness.at(file); ChainWitness second = ChainWitness.at(file)) {
			first.witness(10, hash('a'));
			second.witness(9, hash('9'));
			assertThat(first.read()).contains(new ChainWitness.Mark(10, hash('a')));
			second.witness(12, hash('c'));
			first.witness(11, hash('b'));
			first.witness(13, hash('d'));

			assertThat(second.read()).contains(new ChainWitness.Mark(13, hash('d')));
		}
	}

	@Test
	void anEmptyFileHoldsNoRecordAndNoWitnessReadsNothing() throws IOException {
		Path file = data.resolve("ledger-witness");
		Files.createFile(file);

		assertThat(ChainWitness.at(file).read()).isEmpty();
		assertThat(ChainWitness.none().read()).isEqualTo(Optional.empty());
	}

	/** The witness's bytes once it has noted records 7 and 8, one a slot. */
	private static byte[] notesSevenAndEight(Path file) throws IOException {
		try (ChainWitness witness = ChainWitness.at(file)) {
			witness.witness(7, hash('7'));
			witness.witness(8, hash('8'));
		}
		return Files.readAllBytes(file);
	}

	private static String hash(char digit) {
		return "sha256:" + String.valueOf(digit).repeat(64);
	}

}
