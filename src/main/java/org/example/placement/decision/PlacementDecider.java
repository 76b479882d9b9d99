package org.example.placement.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
	 * What no single field shows, and what the English pack cannot decide: refs unique, a
	 * child (under 18) on the as-of date, dates in order, an as-of date the 2010
	 * Regulations cover, and an English responsible authority.
	 */
	private static void rejectInconsistencies(DecisionRequest request) {
		Set<String> seen = new HashSet<>();
		List<FieldError> errors = new ArrayList<>();
		if (request.asOf().isBefore(FIRST_DECIDABLE_DAY)) {
			errors.add(new FieldError("asOf", "is before 1 April 2011, when s22C and the Care Planning, Placement "
					+ "and Case Review (England) Regulations 2010 came into force; the rules cannot decide it"));
		}
		if (welsh(request.responsibleAuthority())) {
			errors.add(new FieldError("responsibleAuthority",
					"is a Welsh authority: the Care Planning, Placement "
							+ "and Case Review (England) Regulations 2010 apply to England only (reg 1(2)), and since "
							+ "6 April 2016 Welsh authorities place children under the Social Services and Well-being "
							+ "(Wales) Act 2014; these rules cannot decide for a Welsh authority"));
		}
		Child child = request.child();
		if (child.dateOfBirth().isAfter(request.asOf())) {
			errors.add(new FieldError("child.dateOfBirth", "is after asOf: the child was not born on that date"));
		}
		else if (child.ageOn(request.asOf()) >= 18) {
			errors.add(new FieldError("child.dateOfBirth",
					"the child is 18 or over on asOf; placement decisions under s22C are for children"));
		}
		for (String sibling : child.siblingsToBePlaced()) {
			if (!child.siblingsInCare().contains(sibling)) {
				errors.add(new FieldError("child.siblingsToBePlaced",
						"names a sibling who is not in siblingsInCare; list every looked-after sibling there"));
				break;
			}
		}
		List<Candidate> candidates = request.candidates();
		for (int i = 0; i < candidates.size(); i++) {
			Candidate candidate = candidates.get(i);
			if (!seen.add(candidate.ref())) {
				errors.add(new FieldError("candidates[" + i + "].ref", "duplicate candidate ref; refs must be unique"));
			}
			if (candidate.carerApproval() == CarerApproval.TEMPORARY && candidate.temporaryApprovalGiven() == null) {
				errors.add(new FieldError("candidates[" + i + "].temporaryApproval.from",
						"is required when carerApproval is TEMPORARY (the temporary approval runs from it)"));
			}
			if (candidate.temporaryApprovalFrom() != null && candidate.temporaryApproval() != null) {
				errors.add(new FieldError("candidates[" + i + "].temporaryApprovalFrom",
						"is deprecated and may not be given with temporaryApproval; give temporaryApproval.from only"));
			}
			if (candidate.temporaryApprovalFrom() != null
					&& candidate.temporaryApprovalFrom().isAfter(request.asOf())) {
				errors.add(new FieldError("candidates[" + i + "].temporaryApprovalFrom", "is after asOf"));
			}
			rejectTemporaryApprovalInconsistencies("candidates[" + i + "].temporaryApproval", candidate, request.asOf(),
					errors);
			Candidate.ApprovalTerms terms = candidate.approvalTerms();
			if (terms != null && terms.minAge() != null && terms.maxAge() != null && terms.minAge() > terms.maxAge()) {
				errors.add(new FieldError("candidates[" + i + "].approvalTerms.minAge", "is above maxAge"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

	/** ONS codes of Welsh authorities begin with W (W06: unitary authorities). */
	private static boolean welsh(String authority) {
		return authority != null && authority.startsWith("W");
	}

	/**
	 * Temporary approval dates: none after asOf or before {@code from}, each field for
	 * its own regulation.
	 */
	private static void rejectTemporaryApprovalInconsistencies(String field, Candidate candidate, LocalDate asOf,
			List<FieldError> errors) {
		Candidate.TemporaryApproval approval = candidate.temporaryApproval();
		if (approval == null || approval.from() == null) {
			return;
		}
		boolean reg24 = approval.under() == Candidate.TemporaryApproval.Regulation.REG_24;
		Map<String, LocalDate> dates = new LinkedHashMap<>();
		dates.put("from", approval.from());
		dates.put("extendedOn", approval.extendedOn());
		dates.put("reviewSoughtOn", approval.reviewSoughtOn());
		dates.put("reviewExtendedOn", approval.reviewExtendedOn());
		dates.put("reviewOutcomeOn", approval.reviewOutcomeOn());
		dates.put("placementEndedOn", approval.placementEndedOn());
		dates.put("adopterApprovalEndedOn", approval.adopterApprovalEndedOn());
		Set<String> reg25A = Set.of("placementEndedOn", "adopterApprovalEndedOn");
		dates.forEach((name, date) -> {
			if (date == null) {
				return;
			}
			if (date.isAfter(asOf)) {
				errors.add(new FieldError(field + "." + name, "is after asOf"));
			}
			else if (date.isBefore(approval.from())) {
				errors.add(new FieldError(field + "." + name, "is before temporaryApproval.from"));
			}
			if (!name.equals("from") && reg24 == reg25A.contains(name)) {
				errors.add(new FieldError(field + "." + name, "does not apply to a temporary approval under "
						+ approval.under() + (reg24 ? " (reg 25A only)" : " (reg 24 and 25 only)")));
			}
		});
		if (approval.extensionWeeks() != null && !reg24) {
			errors
				.add(new FieldError(field + ".extensionWeeks", "does not apply to a temporary approval under REG_25A"));
		}
		if (approval.reviewOutcomeOn() != null && (approval.reviewSoughtOn() == null
				|| approval.reviewOutcomeOn().isBefore(approval.reviewSoughtOn()))) {
			errors.add(new FieldError(field + ".reviewOutcomeOn", "needs reviewSoughtOn on or before it"));
		}
		if (!reg24 && !candidate.prospectiveAdopter()) {
			errors.add(new FieldError(field + ".under",
					"REG_25A is for an approved prospective adopter: prospectiveAdopter must be true"));
		}
	}

}
