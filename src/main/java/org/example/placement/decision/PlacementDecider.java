package org.example.placement.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.example.placement.decision.InvalidRequestException.FieldError;

/**
 * The use case: validate what Bean Validation cannot see, enrich with geography, evaluate
 * the rules in force on {@code asOf}, rank and explain. The decision depends only on the
 * request and the ruleset version; the decision id is the only thing made up here.
 * Records nothing: {@link RecordingDecider} records what it decides.
 */
public class PlacementDecider {

	private static final String UNKNOWN_POSTCODE = "unknown postcode: not in the ONS postcode directory, in full or as a sector";

	/**
	 * The first day the rules can decide: the Care Planning, Placement and Case Review
	 * (England) Regulations 2010 and s22C came into force for England on 1 April 2011
	 * (reg 1(1); SI 2010/2981 art 4). Before it the pack holds almost no law, so a
	 * decision would look lawful by default.
	 */
	static final LocalDate FIRST_DECIDABLE_DAY = LocalDate.of(2011, 4, 1);

	/**
	 * The first day the rules can decide for a Welsh authority: Part 6 of the Social
	 * Services and Well-being (Wales) Act 2014 (SI 2016/412) and the Care Planning,
	 * Placement and Case Review (Wales) Regulations 2015 came into force on 6 April 2016.
	 */
	static final LocalDate FIRST_DECIDABLE_DAY_IN_WALES = LocalDate.of(2016, 4, 6);

	private final RuleEngine engine;

	private final Geography geography;

	public PlacementDecider(RuleEngine engine, Geography geography) {
		this.engine = engine;
		this.geography = geography;
	}

	/** Decides a new request: a new decision id, ranked as every new decision is. */
	public Decision decide(DecisionRequest request) {
		return decide(request, DecisionIds.next(), Ranking.Method.STATUTORY_FIRST);
	}

	/**
	 * Decides under a known id and ranking algorithm: a logged decision replayed under
	 * its own id and the algorithm it was made with ({@link Ranking.Method}).
	 */
	public Decision decide(DecisionRequest request, String decisionId, Ranking.Method ranking) {
		rejectInconsistencies(request);
		Optional<String> homeAuthority = geography.authorityOf(request.child().homePostcode());
		List<Candidate> located = locate(request, homeAuthority.isPresent());
		Situation situation = Situation.of(request, homeAuthority.orElseThrow());
		Evaluation evaluation = engine.evaluate(situation, request.child(), located);
		Ranking.Result result = Ranking.rank(located, evaluation.matches(), ranking, evaluation.decisionWide());
		return new Decision(decisionId, evaluation.rulesetVersion(), request.asOf(), request.responsibleAuthority(),
				result.candidates(), result.comparisons(), evaluation.firings(),
				ranking == Ranking.Method.SINGLE_SCORE ? null : ranking, result.notifications(), result.duties(),
				result.rules());
	}

	private List<Candidate> locate(DecisionRequest request, boolean homeKnown) {
		String home = request.child().homePostcode();
		if (homeKnown) {
			Optional<List<Candidate>> located = geography.locateAll(request.candidates(), home,
					request.responsibleAuthority());
			if (located.isPresent()) {
				return located.get();
			}
		}
		// a postcode is unknown: every one that is, named
		List<FieldError> errors = new ArrayList<>();
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
	 * What no single field shows, and what the rules cannot decide
	 * ({@link Inconsistencies}).
	 */
	private static void rejectInconsistencies(DecisionRequest request) {
		List<FieldError> errors = Inconsistencies.of(request);
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

}
