package org.example.placement.decision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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

	private final RuleEngine engine;

	private final Geography geography;

	private final Supplier<String> ids;

	@Autowired
	public PlacementDecider(RuleEngine engine, Geography geography) {
		this(engine, geography, () -> UUID.randomUUID().toString());
	}

	PlacementDecider(RuleEngine engine, Geography geography, Supplier<String> ids) {
		this.engine = engine;
		this.geography = geography;
		this.ids = ids;
	}

	public Decision decide(DecisionRequest request) {
		rejectDuplicateRefs(request);
		List<Candidate> located = locate(request);
		String homeAuthority = geography.authorityOf(request.child().homePostcode()).orElse(null);
		Situation situation = Situation.of(request, homeAuthority);
		Evaluation evaluation = engine.evaluate(situation, request.child(), located);
		Ranking.Result result = Ranking.rank(located, evaluation.matches());
		return new Decision(ids.get(), evaluation.rulesetVersion(), request.asOf(), request.responsibleAuthority(),
				result.candidates(), result.comparisons(), evaluation.firings());
	}

	private List<Candidate> locate(DecisionRequest request) {
		List<FieldError> errors = new ArrayList<>();
		String home = request.child().homePostcode();
		if (geography.authorityOf(home).isEmpty()) {
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
		return candidates.stream()
			.map(c -> geography.locate(c, home, request.responsibleAuthority()))
			.toList();
	}

	private static void rejectDuplicateRefs(DecisionRequest request) {
		Set<String> seen = new HashSet<>();
		List<FieldError> errors = new ArrayList<>();
		List<Candidate> candidates = request.candidates();
		for (int i = 0; i < candidates.size(); i++) {
			if (!seen.add(candidates.get(i).ref())) {
				errors.add(new FieldError("candidates[" + i + "].ref", "duplicate candidate ref; refs must be unique"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

}
