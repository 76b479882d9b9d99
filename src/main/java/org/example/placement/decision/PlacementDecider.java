package org.example.placement.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.example.placement.decision.InvalidRequestException.FieldError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The use case: validate what Bean Validation cannot see, enrich with geography, evaluate
 * the rules in force on {@code asOf}, rank and explain. The decision depends only on the
 * request and the ruleset version; the decision id is the only thing made up here.
 */
@Service
public class PlacementDecider {

	private static final String UNKNOWN_POSTCODE = "unknown postcode: not in the ONS postcode directory, in full or as a sector";

	/**
	 * The first day the rules can decide: the Care Planning, Placement and Case Review
	 * (England) Regulations 2010 and s22C came into force for England on 1 April 2011
	 * (reg 1(1); SI 2010/2981 art 4). Before it the pack holds almost no law, so a
	 * decision would look lawful by default.
	 */
	static final LocalDate FIRST_DECIDABLE_DAY = LocalDate.of(2011, 4, 1);

	private final RuleEngine engine;

	private final Geography geography;

	private final Supplier<String> ids;

	private final DecisionLog log;

	private final Set<HeldKey> keysInFlight = ConcurrentHashMap.newKeySet();

	private final Ranking.Method ranking;

	/** A decider that can also record: the one the service uses. */
	@Autowired
	public PlacementDecider(RuleEngine engine, Geography geography, DecisionLog log) {
		this(engine, geography, () -> UUID.randomUUID().toString(), log);
	}

	/** A decider that only decides: what-if, benchmarks and scenarios record nothing. */
	public PlacementDecider(RuleEngine engine, Geography geography) {
		this(engine, geography, () -> UUID.randomUUID().toString(), null);
	}

	PlacementDecider(RuleEngine engine, Geography geography, Supplier<String> ids, DecisionLog log) {
		this(engine, geography, ids, log, Ranking.Method.STATUTORY_FIRST);
	}

	private PlacementDecider(RuleEngine engine, Geography geography, Supplier<String> ids, DecisionLog log,
			Ranking.Method ranking) {
		this.engine = engine;
		this.geography = geography;
		this.ids = ids;
		this.log = log;
		this.ranking = ranking;
	}

	/**
	 * A decider that gives its decision a known id: replaying a logged decision under its
	 * own id.
	 */
	public static PlacementDecider replaying(RuleEngine engine, Geography geography, String decisionId) {
		return replaying(engine, geography, decisionId, Ranking.Method.STATUTORY_FIRST);
	}

	/**
	 * The same, ranking by the algorithm the logged decision was made with (a decision
	 * that names none was made before issue 10, with
	 * {@link Ranking.Method#SINGLE_SCORE}).
	 */
	public static PlacementDecider replaying(RuleEngine engine, Geography geography, String decisionId,
			Ranking.Method ranking) {
		return new PlacementDecider(engine, geography, () -> decisionId, null, ranking);
	}

	public Decision decide(DecisionRequest request) {
		return evaluate(request).decision();
	}

	/**
	 * Decides and records the decision in the log before returning it, so no decision is
	 * ever returned unrecorded.
	 * @throws DecisionLogUnavailableException when the log cannot store it (nothing is
	 * returned)
	 */
	public Decision decideAndRecord(DecisionRequest request, String caller) {
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
	public Decision decideAndRecord(DecisionRequest request, String caller, Optional<IdempotencyKey> key) {
		if (log == null) {
			throw new IllegalStateException("this decider has no decision log");
		}
		if (key.isEmpty()) {
			Outcome outcome = evaluate(request);
			log.record(request, outcome.decision(), caller, outcome.sources());
			return outcome.decision();
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
			Outcome outcome = evaluate(request);
			return log.record(request, outcome.decision(), caller, outcome.sources(), key.get())
				.map(PlacementDecider::repeated)
				.orElse(outcome.decision());
		}
		finally {
			keysInFlight.remove(held);
		}
	}

	private static Decision repeated(KeyedDecision earlier) {
		if (!earlier.sameRequest()) {
			throw new IdempotencyKeyReusedException();
		}
		return earlier.decision();
	}

	/**
	 * A caller's idempotency key while its request is decided and recorded on this
	 * instance.
	 */
	private record HeldKey(String caller, IdempotencyKey key) {
	}

	private Outcome evaluate(DecisionRequest request) {
		rejectInconsistencies(request);
		Optional<String> homeAuthority = geography.authorityOf(request.child().homePostcode());
		List<Candidate> located = locate(request, homeAuthority.isPresent());
		Situation situation = Situation.of(request, homeAuthority.orElseThrow());
		Evaluation evaluation = engine.evaluate(situation, request.child(), located);
		Ranking.Result result = Ranking.rank(located, evaluation.matches(), ranking);
		boolean single = ranking == Ranking.Method.SINGLE_SCORE;
		Decision decision = new Decision(ids.get(), evaluation.rulesetVersion(), request.asOf(),
				request.responsibleAuthority(), result.candidates(), result.comparisons(), evaluation.firings(),
				single ? null : ranking, result.notifications());
		return new Outcome(decision, evaluation.sources());
	}

	private record Outcome(Decision decision, RulesetSources sources) {
	}

	private List<Candidate> locate(DecisionRequest request, boolean homeKnown) {
		List<FieldError> errors = new ArrayList<>();
		String home = request.child().homePostcode();
		if (!homeKnown) {
			errors.add(new FieldError("child.homePostcode", UNKNOWN_POSTCODE));
		}
		List<Candidate> candidates = request.candidates();
		for (int i = 0; i < candidates.size(); i++) {
			String postcode = candidates.get(i).postcode();
			if (postcode != null && !postcode.isBlank() && geography.authorityOf(postcode).isEmpty()) {
				errors.add(new FieldError("candidates[" + i + "].postcode", UNKNOWN_POSTCODE));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
		return candidates.stream().map(c -> geography.locate(c, home, request.responsibleAuthority())).toList();
	}

	/**
	 * What no single field shows, and what the English pack cannot decide
	 * ({@link Inconsistencies}).
	 */
	private static void rejectInconsistencies(DecisionRequest request) {
		List<FieldError> errors = Inconsistencies.of(request);
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

}
