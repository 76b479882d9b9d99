package org.example.placement.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that moves on by a fixed step each time it is read, so every record has its own
 * instant.
 */
final class TickingClock extends Clock {

	private Instant next;

	private final Duration step;

	TickingClock(Instant start, Duration step) {
		this.next = start;
		this.step = step;
	}

	@Override
	public synchronized Instant instant() {
		Instant now = next;
		next = next.plus(step);
		return now;
	}

	/** The instant the {@code n}th read (from 1) returned or will return. */
	Instant reading(Instant start, int n) {
		return start.plus(step.multipliedBy(n - 1L));
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("a test clock stays in UTC");
	}

}
