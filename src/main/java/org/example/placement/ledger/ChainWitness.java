package org.example.placement.ledger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A note, kept outside the database, of the last record this service saw committed: its
 * sequence and hash, in a small text file ({@code placement.ledger.witness-file}). The
 * hash chain alone cannot tell a log that lost its last records (with the head row that
 * names them) from one that never had them; the witness can, because it survives what the
 * database loses.
 * <p>
 * It is written after each commit, in place, into one of two self-checking slots
 * ({@link WitnessSlots}): the one not holding the current note, so a reader (or a crash
 * mid-write) finds the old note or the new one, never half of either as a note. It only
 * ever moves forward. The file is kept open and each note written under an exclusive lock
 * on it, after reading both slots: several instances of the service sharing one file (on
 * one PostgreSQL) thus never tear each other's notes, nor put a note behind the one
 * already there. A failure to write it is logged and never fails a decision that is
 * already stored: the witness then lags, which verify cannot mistake for a loss. Read it
 * before the head, so that a record committed meanwhile is never taken for a missing one.
 */
final class ChainWitness implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ChainWitness.class);

	/**
	 * One writer at a time in this JVM: a file lock is held by the process, not a thread.
	 */
	private static final Object WRITING = new Object();

	private final @Nullable Path file;

	private final ByteBuffer slots = ByteBuffer.allocate(WitnessSlots.FILE);

	private long lastWritten;

	private @Nullable FileChannel channel;

	private boolean locking = true;

	private ChainWitness(@Nullable Path file) {
		this.file = file;
		this.lastWritten = initial();
	}

	private long initial() {
		try {
			return read().map(Mark::sequence).orElse(0L);
		}
		catch (IllegalStateException ex) {
			// verify will report the damaged note; recording must not stop for it
			log.warn("{}", ex.getMessage());
			return 0;
		}
	}

	/**
	 * No witness: a lost tail cannot be detected (tests, and logs whose operator chose
	 * so).
	 */
	static ChainWitness none() {
		return new ChainWitness(null);
	}

	static ChainWitness at(Path file) {
		return new ChainWitness(file);
	}

	boolean kept() {
		return file != null;
	}

	/**
	 * Notes that the record at {@code sequence} with {@code hash} is committed; never
	 * throws. Runs once a group commit, on the log's writer thread: a lock, a read and a
	 * write of the open file (no file made, renamed or closed), its directory made once.
	 */
	void witness(long sequence, String hash) {
		synchronized (WRITING) {
			if (file == null || sequence <= lastWritten) {
				return;
			}
			try {
				write(open(file), sequence, hash);
				lastWritten = sequence;
			}
			catch (IOException | RuntimeException ex) {
				// the file or its directory may have gone: open it again next time
				closeQuietly();
				log.warn("Could not update the chain witness {}: {}; verify will check the tail up to record {} only",
						file, ex.getMessage(), lastWritten);
			}
		}
	}

	private FileChannel open(Path file) throws IOException {
		FileChannel open = channel;
		if (open == null) {
			Files.createDirectories(file.toAbsolutePath().getParent());
			open = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
			channel = open;
		}
		return open;
	}

	/**
	 * Writes the note over the slot not holding the newest valid one, unless that one is
	 * already as far (another instance sharing the file wrote a later record).
	 */
	private void write(FileChannel open, long sequence, String hash) throws IOException {
		try (FileLock held = lock(open)) {
			slots.clear();
			int length = Math.max(0, open.read(slots, 0));
			WitnessSlots.Found newest = WitnessSlots.newest(slots.array(), length);
			if (newest != null && newest.mark().sequence() >= sequence) {
				return;
			}
			ByteBuffer note = ByteBuffer.wrap(WitnessSlots.encode(sequence, hash));
			long at = (newest != null && newest.slot() == 0) ? WitnessSlots.SLOT : 0;
			while (note.hasRemaining()) {
				open.write(note, at + note.position());
			}
		}
	}

	/** Closes the file; a later note opens it again. */
	@Override
	public void close() {
		synchronized (WRITING) {
			closeQuietly();
		}
	}

	/**
	 * An exclusive lock on the file, or none where its file system takes no locks (then
	 * each instance needs a file of its own), said once.
	 */
	private @Nullable FileLock lock(FileChannel open) {
		if (locking) {
			try {
				return open.lock();
			}
			catch (IOException ex) {
				locking = false;
				log.warn("The chain witness {} cannot be locked ({}): it is written without a lock, so give each "
						+ "instance of the service a file of its own", file, ex.getMessage());
			}
		}
		return null;
	}

	private void closeQuietly() {
		FileChannel open = channel;
		channel = null;
		if (open != null) {
			try {
				open.close();
			}
			catch (IOException ex) {
				log.debug("Could not close the chain witness {}: {}", file, ex.getMessage());
			}
		}
	}

	/**
	 * The last record witnessed, if any (the newest valid note); a file holding none is
	 * reported, not ignored. An empty file (made, then its first note never written)
	 * holds no record.
	 */
	Optional<Mark> read() {
		if (file == null) {
			return Optional.empty();
		}
		try {
			byte[] bytes = Files.readAllBytes(file);
			WitnessSlots.Found newest = WitnessSlots.newest(bytes, bytes.length);
			if (newest == null && bytes.length > 0) {
				throw new IllegalStateException("the chain witness " + file + " holds no valid note");
			}
			return Optional.ofNullable(newest).map(WitnessSlots.Found::mark);
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new IllegalStateException("the chain witness " + file + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	@Override
	public String toString() {
		return file == null ? "no witness" : file.toString();
	}

	/** A record the service saw committed. */
	record Mark(long sequence, String hash) {
	}

}
