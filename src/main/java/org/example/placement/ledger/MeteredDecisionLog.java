package org.example.placement.ledger;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.DecisionLogUnavailableException;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Effect;
import org.example.placement.decision.IdempotencyKey;
import org.example.placement.decision.KeyedDecision;
import org.example.placement.decision.Match;
import org.example.placement.decision.RankedCandidate;
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

	private static final String FIRINGS = "placement.rule.firings";

	private static final String EXCLUSIONS = "placement.rule.exclusions";

	private final DecisionLog log;

	private final MeterRegistry registry;

	private final Timer append;

	private final Counter unavailable;

	private final DistributionSummary candidates;

	// by rule id: as many as the rule ids of the rulesets served, as the registry holds
	private final Map<String, Counter> firings = new ConcurrentHashMap<>();

	private final Map<String, Counter> exclusions = new ConcurrentHashMap<>();

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

	/**
	 * Counts a decision's firings and exclusions by rule, then increments each rule's
	 * counter once: a decision of 50 candidates fires some thousand rules, and looking a
	 * counter up in the registry for each was a visible part of a request's CPU. Counted
	 * in plain loops into one mutable count a rule (no stream, no boxed sum a firing).
	 */
	private void recorded(Decision decision) {
		candidates.record(decision.candidates().size());
		Map<String, int[]> firings = new HashMap<>();
		for (Match match : decision.trace()) {
			count(firings, match.rule().id());
		}
		Map<String, int[]> exclusions = new HashMap<>();
		for (RankedCandidate candidate : decision.candidates()) {
			for (RankedCandidate.Finding finding : candidate.findings()) {
				if (finding.effect() == Effect.EXCLUDE) {
					count(exclusions, finding.ruleId());
				}
			}
		}
		firings.forEach((ruleId, count) -> this.firings.computeIfAbsent(ruleId, (id) -> counter(FIRINGS, id))
			.increment(count[0]));
		exclusions.forEach((ruleId, count) -> this.exclusions.computeIfAbsent(ruleId, (id) -> counter(EXCLUSIONS, id))
			.increment(count[0]));
	}

	private static void count(Map<String, int[]> counts, String ruleId) {
		int[] count = counts.get(ruleId);
		if (count == null) {
			counts.put(ruleId, new int[] { 1 });
		}
		else {
			count[0]++;
		}
	}

	private Counter counter(String name, String ruleId) {
		return Counter.builder(name)
			.description(name.equals(FIRINGS) ? "Rule firings in recorded decisions, by rule id"
					: "Candidates excluded in recorded decisions, by the rule id that excluded them")
			.tag("rule", ruleId)
			.register(registry);
	}

	@Override
	public Optional<KeyedDecision> findByIdempotencyKey(String caller, IdempotencyKey key, DecisionRequest request) {
		return log.findByIdempotencyKey(caller, key, request);
	}

}
