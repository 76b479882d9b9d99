package org.example.placement.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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

	private final RuleEngine engine;

	private final Geography geography;

	public PlacementDecider(RuleEngine engine, Geography geography) {
		this.engine = engine;
		this.geography = geography;
	}

	/** Decides a new request: a new decision id, ranked as every new decision is. */
	public Decision decide(DecisionRequest request) {
		return decide(request, UUID.randomUUID().toString(), Ranking.Method.STATUTORY_FIRST);
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
		Ranking.Result result = Ranking.rank(located, evaluation.matches(), ranking);
		return new Decision(decisionId, evaluation.rulesetVersion(), request.asOf(), request.responsibleAuthority(),
				result.candidates(), result.comparisons(), evaluation.firings(),
				ranking == Ranking.Method.SINGLE_SCORE ? null : ranking, result.notifications());
	}

	private List<Candidate> locate(DecisionRequest request, boolean homeKnown) {
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
		String home = request.child().homePostcode();
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
