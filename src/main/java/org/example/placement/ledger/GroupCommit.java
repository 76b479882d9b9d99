package org.example.placement.ledger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.example.placement.decision.DecisionLogUnavailableException;

/**
 * One writer for many callers (group commit): callers queue what they want written and
 * wait; a single thread takes everything queued (up to {@code maxGroup}) and writes it in
 * one go, then answers each caller with its own outcome. While a group commits, the next
 * one queues, so the group grows with the load by itself and a lone caller waits for no
 * one. A caller is answered only after its group is written, or with the failure that
 * stopped it.
 * <p>
 * Callers may say, before they prepare what they will queue, that it is on its way
 * ({@link #arriving}): while any is, the writer, having taken a group, waits up to
 * {@code gather} for more before writing it (PostgreSQL's {@code commit_delay}, but only
 * when more is known to come), since much of a write's cost is the same whatever its
 * size. With nothing on its way it writes at once.
 *
 * @param <T> what a caller asks to be written
 * @param <R> what it is answered
 */
final class GroupCommit<T, R> implements AutoCloseable {

	private final BlockingQueue<Pending<T, R>> queue = new LinkedBlockingQueue<>();

	private final Function<List<T>, List<R>> write;

	private final int maxGroup;

	private final long gatherNanos;

	private final AtomicInteger coming = new AtomicInteger();

	private final Thread writer;

	private volatile boolean closed;

	/** Whether the writer is writing a group now. */
	private volatile boolean writing;

	/** When the writer last had something to do ({@code nanoTime}). */
	private volatile long lastBusy = System.nanoTime();

	/**
	 * {@code write} gets a group in the order callers queued and answers one outcome per
	 * item, in that order; a failure it throws fails the whole group.
	 */
	GroupCommit(String name, int maxGroup, Duration gather, Function<List<T>, List<R>> write) {
		if (maxGroup < 1) {
			throw new IllegalArgumentException("maxGroup must be at least 1, not " + maxGroup);
		}
		this.write = write;
		this.maxGroup = maxGroup;
		this.gatherNanos = gather.toNanos();
		this.writer = new Thread(this::run, name);
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Tells the writer that an item is on its way, until the arrival is submitted with it
	 * or closed (a caller that gives up).
	 */
	Arrival arriving() {
		coming.incrementAndGet();
		lastBusy = System.nanoTime();
		return new Arrival(coming);
	}

	/**
	 * Queues {@code item} and waits, uninterruptibly (the item may be written whatever
	 * the caller does), for its group to be written. {@code arrival} announced it; it
	 * arrives now, before it is queued, so that a writer never waits for what it has
	 * already taken.
	 * @throws RuntimeException what stopped the group
	 */
	R submit(T item, Arrival arrival) {
		Pending<T, R> pending = new Pending<>(item, new CompletableFuture<>());
		lastBusy = System.nanoTime();
		arrival.close();
		synchronized (this) {
			if (closed) {
				throw new DecisionLogUnavailableException("The decision log is closing",
						new IllegalStateException("closed"));
			}
			queue.add(pending);
		}
		try {
			return pending.answer().join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	/** How many callers wait for the writer to take what they queued. */
	int queued() {
		return queue.size();
	}

	/**
	 * How long the writer has had nothing to do: nothing announced, queued or being
	 * written; zero while anything is.
	 */
	Duration idleFor() {
		if (writing || coming.get() > 0 || !queue.isEmpty()) {
			return Duration.ZERO;
		}
		return Duration.ofNanos(Math.max(0, System.nanoTime() - lastBusy));
	}

	/** Writes what is queued, then stops the writer. */
	@Override
	public void close() throws InterruptedException {
		synchronized (this) {
			closed = true;
		}
		writer.join(TimeUnit.SECONDS.toMillis(30));
	}

	private void run() {
		List<Pending<T, R>> group = new ArrayList<>(maxGroup);
		while (!closed || !queue.isEmpty()) {
			try {
				// not take(): the writer is never interrupted (H2 closes its file on an
				// interrupt), so it looks up now and then to see whether it is closed
				Pending<T, R> first = queue.poll(100, TimeUnit.MILLISECONDS);
				if (first != null) {
					group.add(first);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			queue.drainTo(group, maxGroup - group.size());
			if (!group.isEmpty()) {
				writing = true;
				gather(group);
				commit(group);
				group.clear();
				lastBusy = System.nanoTime();
				writing = false;
			}
		}
	}

	/** Waits up to {@code gather} for the items on their way, while any is. */
	private void gather(List<Pending<T, R>> group) {
		long deadline = System.nanoTime() + gatherNanos;
		while (group.size() < maxGroup && coming.get() > 0) {
			long left = deadline - System.nanoTime();
			Pending<T, R> next = null;
			try {
				next = (left > 0) ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			if (next == null) {
				return;
			}
			group.add(next);
			queue.drainTo(group, maxGroup - group.size());
		}
	}

	private void commit(List<Pending<T, R>> group) {
		try {
			List<R> outcomes = write.apply(group.stream().map(Pending::item).toList());
			for (int i = 0; i < group.size(); i++) {
				group.get(i).answer().complete(outcomes.get(i));
			}
		}
		catch (RuntimeException | Error ex) {
			group.forEach((pending) -> pending.answer().completeExceptionally(ex));
		}
	}

	private record Pending<T, R>(T item, CompletableFuture<R> answer) {
	}

	/** An item on its way to the writer; closing it a second time does nothing. */
	static final class Arrival implements AutoCloseable {

		private final AtomicInteger coming;

		private boolean arrived;

		private Arrival(AtomicInteger coming) {
			this.coming = coming;
		}

		@Override
		public void close() {
			if (!arrived) {
				arrived = true;
				coming.decrementAndGet();
			}
		}

	}

}
