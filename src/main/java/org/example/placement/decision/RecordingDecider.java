package org.example.placement.decision;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application service the API decides with: decides, and records the decision in the
 * log before returning it, so no decision is ever returned unrecorded. What-if, replays,
 * benchmarks and scenarios decide with the {@link PlacementDecider} alone and record
 * nothing.
 */
public class RecordingDecider {

	private final PlacementDecider decider;

	private final DecisionLog log;

	private final Set<HeldKey> keysInFlight = ConcurrentHashMap.newKeySet();

	public RecordingDecider(PlacementDecider decider, DecisionLog log) {
		this.decider = decider;
		this.log = log;
	}

	/**
	 * Decides and records. @throws DecisionLogUnavailableException when the log cannot
	 * store it (nothing is returned)
	 */
	public RecordedDecision decideAndRecord(DecisionRequest request, String caller) {
		return decideAndRecord(request, caller, Optional.empty());
	}

	/**
	 * Decides and records, under the caller's idempotency key when one is given: a retry
	 * (the key already holds a decision for the same request) gets that decision back and
	 * records nothing. Keys being decided are held on this instance, so a concurrent
	 * retry here is refused; one on another instance gets the first decision, as the log
	 * keeps one decision per caller and key.
	 * @throws IdempotencyKeyReusedException when the key holds a decision for another
	 * request
	 * @throws IdempotencyKeyInFlightException when a request with the key is still being
	 * decided here
	 * @throws DecisionLogUnavailableException when the log cannot store it (nothing is
	 * returned)
	 */
	public RecordedDecision decideAndRecord(DecisionRequest request, String caller, Optional<IdempotencyKey> key) {
		if (key.isEmpty()) {
			return log.record(request, decider.decide(request), caller);
		}
		HeldKey held = new HeldKey(caller, key.get());
		if (!keysInFlight.add(held)) {
			throw new IdempotencyKeyInFlightException();
		}
		try {
			Optional<KeyedDecision> earlier = log.findByIdempotencyKey(caller, key.get(), request);
			if (earlier.isPresent()) {
				return repeated(earlier.get());
			}
			KeyedDecision recorded = log.record(request, decider.decide(request), caller, key.get());
			return recorded.first() ? recorded.recorded() : repeated(recorded);
		}
		finally {
			keysInFlight.remove(held);
		}
	}

	private static RecordedDecision repeated(KeyedDecision earlier) {
		if (!earlier.sameRequest()) {
			throw new IdempotencyKeyReusedException();
		}
		return earlier.recorded();
	}

	/**
	 * A caller's idempotency key while its request is decided and recorded on this
	 * instance.
	 */
	private record HeldKey(String caller, IdempotencyKey key) {
	}

}
