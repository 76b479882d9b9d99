package org.example.placement.sufficiency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.CarerApproval;
import org.example.placement.decision.Child;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Geography;
import org.example.placement.decision.InvalidRequestException;
import org.example.placement.decision.OfstedRating;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.RankedCandidate;
import org.jspecify.annotations.Nullable;

/**
 * "Could this child have been placed in the area?": the placement engine itself decides,
 * for each child placed outside the area, with the child's facts from the return against
 * the in-area places with vacancies, as of the year end; the places it finds ELIGIBLE (or
 * RECOMMENDED) are the child's in-area options. Nothing is recorded.
 * <p>
 * Whether a place is excluded for a child depends on the child's age on the as-of date,
 * legal status, disability and home authority and on the place's kind, provider, approval
 * terms, registration and rating, never on where in the area the place is, its cost or
 * the child's exact birthday (the rules read the age only, {@code Situation.childAge}).
 * So children alike in those facts are put to the engine once, by the first of them, with
 * one place of each kind, and share its answer; {@code InAreaMatcherTests} checks that
 * this gives every child exactly the options putting every child and every place to the
 * engine gives.
 */
final class InAreaMatcher {

	private final PlacementDecider decider;

	private final Geography geography;

	InAreaMatcher(PlacementDecider decider, Geography geography) {
		this.decider = decider;
		this.geography = geography;
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
	 * Every match, in the children's order, the groups spread over the available cores.
	 */
	List<ChildDuty> matchAll(List<ChildDuty> notMet, List<SupplyPlace> inArea, LocalDate yearEnd, String authority,
			Progress progress) {
		Map<PlaceClass, List<String>> places = new LinkedHashMap<>();
		Map<PlaceClass, Candidate> representatives = new LinkedHashMap<>();
		inArea.stream().sorted(Comparator.comparing(SupplyPlace::ref)).forEach(p -> {
			PlaceClass kind = PlaceClass.of(p);
			places.computeIfAbsent(kind, k -> new ArrayList<>()).add(p.ref());
			representatives.putIfAbsent(kind, candidateOf(p));
		});
		Map<String, List<String>> members = new HashMap<>();
		places.forEach((kind, refs) -> members.put(representatives.get(kind).ref(), refs));
		List<Candidate> candidates = List.copyOf(representatives.values());
		Map<Object, List<ChildDuty>> children = new LinkedHashMap<>();
		notMet.forEach(c -> children.computeIfAbsent(childClass(c), k -> new ArrayList<>()).add(c));
		AtomicInteger done = new AtomicInteger();
		Map<String, ChildDuty> matched = new ConcurrentHashMap<>();
		children.values().parallelStream().forEach(group -> {
			ChildDuty first = match(group.get(0), candidates, yearEnd, authority);
			List<String> options = first.inAreaOptions()
				.stream()
				.flatMap(r -> members.get(r).stream())
				.sorted()
				.toList();
			group.forEach(c -> matched.put(c.child().child(), c.withOptions(options, first.matchedNote())));
			progress.step("matching in-area places", done.addAndGet(group.size()), notMet.size());
		});
		return notMet.stream().map(c -> matched.get(c.child().child())).toList();
	}

	/**
	 * What the engine can tell children apart by; a child it cannot be asked about is a
	 * class of its own.
	 */
	private Object childClass(ChildDuty duty) {
		ChildAtYearEnd child = duty.child();
		Child facts = childOf(child);
		if (facts == null || child.age() == null) {
			return child.child();
		}
		return new ChildClass(child.age(), facts.legalStatus(), facts.disabled(),
				geography.authorityOf(facts.homePostcode()).orElse(""));
	}

	private record ChildClass(int age, String legalStatus, boolean disabled, String homeAuthority) {
	}

	/** What the engine can tell places apart by, but where, at what cost and how many. */
	private record PlaceClass(String placementType, @Nullable String provider, int minAge, int maxAge,
			boolean suitableForDisabled, @Nullable Boolean registered, @Nullable String ofstedRating) {

		static PlaceClass of(SupplyPlace p) {
			return new PlaceClass(p.placementType(), p.provider(), p.minAge(), p.maxAge(), p.suitableForDisabled(),
					p.registered(), p.ofstedRating());
		}

	}

	private static @Nullable Child childOf(ChildAtYearEnd child) {
		Episode episode = child.episode();
		if (child.header() == null || episode.ls() == null || episode.homePost() == null) {
			return null;
		}
		return new Child(child.child(), child.header().dob(), episode.ls(), episode.homePost(),
				"N2".equals(episode.cin()), List.of(), false, List.of(), null, false, false, false, null, List.of());
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
				null, null, false, false, null, false, null, null, null);
	}

}
