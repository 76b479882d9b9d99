package org.example.placement.ledger;

import java.util.Optional;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.DecisionLogUnavailableException;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.IdempotencyKey;
import org.example.placement.decision.KeyedDecision;
import org.example.placement.decision.RecordedDecision;

/**
 * The decision log with meters, wrapped around the real one: appends are timed
 * ({@code placement.log.append}; the size of each group commit is counted where the
 * groups are made, {@code placement.log.append.batch}), and each append refused because
 * the log is unavailable counted ({@code placement.log.unavailable}). What a newly
 * recorded decision held is counted here too, where it is known to be recorded (a retry
 * answered with an earlier decision counts nothing): candidates per decision
 * ({@code placement.decision.candidates}), rule firings ({@code placement.rule.firings})
 * and exclusions ({@code placement.rule.exclusions}) by rule id. Tags are rule ids from
 * the ruleset and nothing from the request: never a child or candidate.
 */
final class MeteredDecisionLog implements DecisionLog {

	private final DecisionLog log;

	private final MeterRegistry registry;

	private final Timer append;

	private final Counter unavailable;

	private final DistributionSummary candidates;

	// by rule id: as many as the rule ids of the rulesets served, as the registry holds
	private final RuleMeters rules;

	MeteredDecisionLog(DecisionLog log, MeterRegistry registry) {
		this.log = log;
		this.registry = registry;
		this.append = Timer.builder("placement.log.append")
			.description("Time to append decisions to the decision log, successful or not")
			.publishPercentileHistogram()
			.register(registry);
		this.unavailable = Counter.builder("placement.log.unavailable")
			.description("Appends refused because the decision log could not be written (the request got 503)")
			.register(registry);
		this.candidates = DistributionSummary.builder("placement.decision.candidates")
			.description("Candidates in each recorded decision")
			.publishPercentiles(0.5, 0.99)
			.register(registry);
		this.rules = new RuleMeters(registry);
	}

	@Override
	public RecordedDecision record(DecisionRequest request, Decision decision, String caller) {
		RecordedDecision recorded = appending(() -> log.record(request, decision, caller));
		recorded(decision);
		return recorded;
	}

	@Override
	public KeyedDecision record(DecisionRequest request, Decision decision, String caller, IdempotencyKey key) {
		KeyedDecision keyed = appending(() -> log.record(request, decision, caller, key));
		if (keyed.first()) {
			recorded(decision);
		}
		return keyed;
	}

	private <T> T appending(Supplier<T> write) {
		Timer.Sample sample = Timer.start(registry);
		try {
			T result = write.get();
			return result;
		}
		catch (DecisionLogUnavailableException ex) {
			unavailable.increment();
			throw ex;
		}
		finally {
			sample.stop(append);
		}
	}

	/** What a newly recorded decision held: its candidates, firings and exclusions. */
	private void recorded(Decision decision) {
		candidates.record(decision.candidates().size());
		rules.count(decision);
	}

	@Override
	public Optional<KeyedDecision> findByIdempotencyKey(String caller, IdempotencyKey key, DecisionRequest request) {
		return log.findByIdempotencyKey(caller, key, request);
	}

}
