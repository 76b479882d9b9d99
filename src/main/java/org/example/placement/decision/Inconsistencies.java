package org.example.placement.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.example.placement.decision.InvalidRequestException.FieldError;

/**
 * What no single field of a request shows, and what the rules cannot decide: refs unique,
 * a child (under 18) on the as-of date, dates in order, and an as-of date the law of the
 * authority's country covers (the English 2010 Regulations from 1 April 2011, the Welsh
 * Act and 2015 Regulations from 6 April 2016). Each problem names its field by JSON path,
 * in the order of the request.
 */
final class Inconsistencies {

	private static final Set<String> REG_25A_ONLY = Set.of("placementEndedOn", "adopterApprovalEndedOn");

	private Inconsistencies() {
	}

	static List<FieldError> of(DecisionRequest request) {
		List<FieldError> errors = new ArrayList<>();
		ofRequest(request, errors);
		ofChild(request.child(), request.asOf(), AuthorityCode.isWelsh(request.responsibleAuthority()), errors);
		Set<String> seen = new HashSet<>();
		List<Candidate> candidates = request.candidates();
		for (int i = 0; i < candidates.size(); i++) {
			String field = "candidates[" + i + "]";
			if (!seen.add(candidates.get(i).ref())) {
				errors.add(new FieldError(field + ".ref", "duplicate candidate ref; refs must be unique"));
			}
			ofCandidate(field, candidates.get(i), request.asOf(), errors);
		}
		return errors;
	}

	private static void ofRequest(DecisionRequest request, List<FieldError> errors) {
		if (AuthorityCode.isWelsh(request.responsibleAuthority())) {
			if (request.asOf().isBefore(PlacementDecider.FIRST_DECIDABLE_DAY_IN_WALES)) {
				errors.add(new FieldError("asOf", "is before 6 April 2016, when Part 6 of the Social Services and "
						+ "Well-being (Wales) Act 2014 and the Care Planning, Placement and Case Review (Wales) "
						+ "Regulations 2015 came into force; a Welsh authority placed children under other law before "
						+ "then, which the rules do not hold"));
			}
		}
		else if (request.asOf().isBefore(PlacementDecider.FIRST_DECIDABLE_DAY)) {
			errors.add(new FieldError("asOf", "is before 1 April 2011, when s22C and the Care Planning, Placement "
					+ "and Case Review (England) Regulations 2010 came into force; the rules cannot decide it"));
		}
	}

	private static void ofChild(Child child, LocalDate asOf, boolean welsh, List<FieldError> errors) {
		if (child.dateOfBirth().isAfter(asOf)) {
			errors.add(new FieldError("child.dateOfBirth", "is after asOf: the child was not born on that date"));
		}
		else if (child.ageOn(asOf) >= 18) {
			errors.add(new FieldError("child.dateOfBirth",
					"the child is 18 or over on asOf; placement decisions under "
							+ (welsh ? "s81 of the Social Services and Well-being (Wales) Act 2014" : "s22C")
							+ " are for children"));
		}
		if (!child.siblingsInCare().containsAll(child.siblingsToBePlaced())) {
			errors.add(new FieldError("child.siblingsToBePlaced",
					"names a sibling who is not in siblingsInCare; list every looked-after sibling there"));
		}
	}

	private static void ofCandidate(String field, Candidate candidate, LocalDate asOf, List<FieldError> errors) {
		if (candidate.carerApproval() == CarerApproval.TEMPORARY && candidate.temporaryApprovalGiven() == null) {
			errors.add(new FieldError(field + ".temporaryApproval.from",
					"is required when carerApproval is TEMPORARY (the temporary approval runs from it)"));
		}
		LocalDate deprecatedFrom = candidate.temporaryApprovalFrom();
		if (deprecatedFrom != null && candidate.temporaryApproval() != null) {
			errors.add(new FieldError(field + ".temporaryApprovalFrom",
					"is deprecated and may not be given with temporaryApproval; give temporaryApproval.from only"));
		}
		if (deprecatedFrom != null && deprecatedFrom.isAfter(asOf)) {
			errors.add(new FieldError(field + ".temporaryApprovalFrom", "is after asOf"));
		}
		Candidate.TemporaryApproval approval = candidate.temporaryApproval();
		if (approval != null && approval.from() != null) {
			ofTemporaryApproval(field + ".temporaryApproval", approval, asOf, errors);
			if (approval.under() == Candidate.TemporaryApproval.Regulation.REG_25A && !candidate.prospectiveAdopter()) {
				errors.add(new FieldError(field + ".temporaryApproval.under",
						"REG_25A is for an approved prospective adopter: prospectiveAdopter must be true"));
			}
		}
		Candidate.ApprovalTerms terms = candidate.approvalTerms();
		if (terms != null && terms.minAge() != null && terms.maxAge() != null && terms.minAge() > terms.maxAge()) {
			errors.add(new FieldError(field + ".approvalTerms.minAge", "is above maxAge"));
		}
	}

	/**
	 * Temporary approval dates: none after asOf or before {@code from}, each field for
	 * its own regulation.
	 */
	private static void ofTemporaryApproval(String field, Candidate.TemporaryApproval approval, LocalDate asOf,
			List<FieldError> errors) {
		boolean reg24 = approval.under() == Candidate.TemporaryApproval.Regulation.REG_24;
		datesOf(approval).forEach((name, date) -> {
			if (date.isAfter(asOf)) {
				errors.add(new FieldError(field + "." + name, "is after asOf"));
			}
			else if (date.isBefore(approval.from())) {
				errors.add(new FieldError(field + "." + name, "is before temporaryApproval.from"));
			}
			if (!name.equals("from") && reg24 == REG_25A_ONLY.contains(name)) {
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
	}

	/** The dates given, by field name, in the order of the record. */
	private static Map<String, LocalDate> datesOf(Candidate.TemporaryApproval approval) {
		Map<String, LocalDate> dates = new LinkedHashMap<>();
		dates.put("from", approval.from());
		dates.put("extendedOn", approval.extendedOn());
		dates.put("reviewSoughtOn", approval.reviewSoughtOn());
		dates.put("reviewExtendedOn", approval.reviewExtendedOn());
		dates.put("reviewOutcomeOn", approval.reviewOutcomeOn());
		dates.put("placementEndedOn", approval.placementEndedOn());
		dates.put("adopterApprovalEndedOn", approval.adopterApprovalEndedOn());
		dates.values().removeIf(Objects::isNull);
		return dates;
	}

}
