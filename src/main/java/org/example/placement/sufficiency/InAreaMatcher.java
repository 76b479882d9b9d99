package org.example.placement.sufficiency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.CarerApproval;
import org.example.placement.decision.Child;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.InvalidRequestException;
import org.example.placement.decision.OfstedRating;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.RankedCandidate;
import org.jspecify.annotations.Nullable;

/**
 * "Could this child have been placed in the area?": the placement engine itself decides,
 * for each child placed outside the area, with the child's facts from the return against
 * every in-area place with vacancies, as of the year end; the places it finds ELIGIBLE
 * (or RECOMMENDED) are the child's in-area options. Nothing is recorded.
 */
final class InAreaMatcher {

	private final PlacementDecider decider;

	InAreaMatcher(PlacementDecider decider) {
		this.decider = decider;
	}

	/** The child with its in-area options; no options when there is no place at all. */
	ChildDuty match(ChildDuty duty, List<Candidate> places, LocalDate yearEnd, String authority) {
		if (places.isEmpty()) {
			return duty.withOptions(List.of(), "no in-area place with vacancies");
		}
		Child child = childOf(duty.child());
		if (child == null) {
			return duty.withOptions(List.of(), "not run: no date of birth, legal status or home postcode");
		}
		try {
			List<String> options = decider.decide(new DecisionRequest(yearEnd, authority, false, child, places))
				.candidates()
				.stream()
				.filter(c -> c.status() != RankedCandidate.Status.EXCLUDED)
				.map(RankedCandidate::ref)
				.sorted()
				.toList();
			return duty.withOptions(options, null);
		}
		catch (InvalidRequestException ex) {
			return duty.withOptions(List.of(), "not run: the engine refused the child's facts ("
					+ ex.errors().stream().map(InvalidRequestException.FieldError::field).distinct().toList() + ")");
		}
	}

	/**
	 * Every match, in the children's order, spread over the available cores. Places that
	 * differ only in ref, postcode and weekly cost are put to the engine once, by the
	 * first of them in ref order, and share its answer: no EXCLUDE rule reads where in
	 * the area a place is or what it costs ({@code InAreaMatcherTests} checks the answers
	 * are the same as with every place put to it).
	 */
	List<ChildDuty> matchAll(List<ChildDuty> notMet, List<SupplyPlace> inArea, LocalDate yearEnd, String authority,
			Progress progress) {
		Map<PlaceClass, List<SupplyPlace>> classes = new LinkedHashMap<>();
		inArea.stream()
			.sorted(Comparator.comparing(SupplyPlace::ref))
			.forEach(p -> classes.computeIfAbsent(PlaceClass.of(p), k -> new ArrayList<>()).add(p));
		Map<String, List<String>> members = new HashMap<>();
		classes.values().forEach(list -> members.put(list.get(0).ref(), list.stream().map(SupplyPlace::ref).toList()));
		List<Candidate> places = classes.values().stream().map(list -> candidateOf(list.get(0))).toList();
		AtomicInteger done = new AtomicInteger();
		return notMet.parallelStream().map(duty -> {
			ChildDuty matched = match(duty, places, yearEnd, authority);
			progress.step("matching in-area places", done.incrementAndGet(), notMet.size());
			List<String> all = matched.inAreaOptions().stream().flatMap(r -> members.get(r).stream()).sorted().toList();
			return matched.withOptions(all, matched.matchedNote());
		}).toList();
	}

	/** What the engine can tell places apart by, but where and at what cost. */
	private record PlaceClass(String placementType, @Nullable String provider, int vacancies, int minAge, int maxAge,
			boolean suitableForDisabled, @Nullable Boolean registered, @Nullable String ofstedRating,
			boolean takesSiblingGroups, boolean parentAndChild) {

		static PlaceClass of(SupplyPlace p) {
			return new PlaceClass(p.placementType(), p.provider(), p.vacancies(), p.minAge(), p.maxAge(),
					p.suitableForDisabled(), p.registered(), p.ofstedRating(), p.takesSiblingGroups(),
					p.parentAndChild());
		}

	}

	private static @Nullable Child childOf(ChildAtYearEnd child) {
		Episode episode = child.episode();
		if (child.header() == null || episode.ls() == null || episode.homePost() == null) {
			return null;
		}
		return new Child(child.child(), child.header().dob(), episode.ls(), episode.homePost(),
				"N2".equals(episode.cin()), List.of(), false, List.of(), null, false, false, false, null);
	}

	/**
	 * A supply place as a candidate: a foster carer (U1-U6) approved as a local authority
	 * foster parent for its age range, not a connected person of the child; its
	 * suitability for the child's assessed needs not yet assessed.
	 */
	static Candidate candidateOf(SupplyPlace place) {
		boolean foster = place.placementType().matches("U[1-6]");
		return new Candidate(place.ref(), place.placementType(), place.provider(), place.postcode(), false,
				foster ? CarerApproval.APPROVED : null, null,
				new Candidate.ApprovalTerms(place.minAge(), place.maxAge(), null), place.registered(),
				place.ofstedRating() == null ? null : OfstedRating.valueOf(place.ofstedRating()), false,
				place.vacancies(), place.suitableForDisabled(), List.of(), List.of(), null, false, place.weeklyCost(),
				null, null, null, null, null, false, false);
	}

}
