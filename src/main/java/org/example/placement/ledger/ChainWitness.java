package org.example.placement.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A note, kept outside the database, of the last record this service saw committed: its
 * sequence and hash, one line in a small file ({@code placement.ledger.witness-file}).
 * The hash chain alone cannot tell a log that lost its last records (with the head row
 * that names them) from one that never had them; the witness can, because it survives
 * what the database loses.
 * <p>
 * It is written after each commit (to a temporary file, then renamed over the old one, so
 * a reader sees the old note or the new one, never half of either) and only ever moves
 * forward. A failure to write it is logged and never fails a decision that is already
 * stored: the witness then lags, which verify cannot mistake for a loss. Read it before
 * the head, so that a record committed meanwhile is never taken for a missing one.
 */
final class ChainWitness {

	private static final Logger log = LoggerFactory.getLogger(ChainWitness.class);

	private static final Pattern LINE = Pattern.compile("(\\d+) (sha256:[0-9a-f]{64})\\s*");

	private final @Nullable Path file;

	private long lastWritten;

	private boolean directoryMade;

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
	 * throws. The note is written to a file of this process's own beside it, then renamed
	 * over it: its directory is made once (each {@code createDirectories} of an existing
	 * one throws and catches an exception inside the JDK), and the file's name is fixed
	 * (a {@code createTempFile} draws a random name from {@code SecureRandom}): this runs
	 * once a group commit, on the log's writer thread.
	 */
	synchronized void witness(long sequence, String hash) {
		if (file == null || sequence <= lastWritten) {
			return;
		}
		Path next = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
		try {
			if (!directoryMade) {
				Files.createDirectories(file.toAbsolutePath().getParent());
				directoryMade = true;
			}
			try {
				Files.write(next, (sequence + " " + hash + "\n").getBytes(StandardCharsets.US_ASCII));
				Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException | RuntimeException ex) {
				Files.deleteIfExists(next);
				throw ex;
			}
			lastWritten = sequence;
		}
		catch (IOException | RuntimeException ex) {
			// the directory may have gone: make it again next time
			directoryMade = false;
			log.warn("Could not update the chain witness {}: {}; verify will check the tail up to record {} only", file,
					ex.getMessage(), lastWritten);
		}
	}

	/** The last record witnessed, if any; an unreadable note is reported, not ignored. */
	Optional<Mark> read() {
		if (file == null) {
			return Optional.empty();
		}
		try {
			String text = Files.readString(file, StandardCharsets.US_ASCII);
			Matcher line = LINE.matcher(text);
			if (!line.matches()) {
				throw new IllegalStateException("the chain witness " + file + " is not '<sequence> sha256:<hash>'");
			}
			return Optional.of(new Mark(Long.parseLong(line.group(1)), line.group(2)));
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
