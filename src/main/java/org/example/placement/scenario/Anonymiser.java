package org.example.placement.scenario;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Geography;
import org.example.placement.json.StrictJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import java.time.Period;

/**
 * Takes a child's identity out of a logged request (issue 11) while keeping everything
 * the rules read: an export for the audit trail gets the decision id for the child's ref;
 * an export meant to become a permanent scenario is anonymised. The rules see the child
 * only through the age in whole years on {@code asOf}, the home authority and the
 * distance from home to each candidate (to 0.1 mile, the DfE way); so an anonymised
 * request keeps {@code asOf} (which also decides which rules are in force and every
 * approval timer), gets a date of birth that gives the same age on {@code asOf}, and a
 * home postcode in the same authority at the same distance from every candidate, and
 * neutral refs for the child and siblings. When no such postcode exists it is refused,
 * and says why without quoting any value. Whether the decision really is identical is for
 * the caller to prove by replaying the result (the {@code export} command does, and
 * writes nothing otherwise).
 */
public final class Anonymiser {

	private static final JsonMapper JSON = StrictJson.mapper();

	static final String CHILD_REF = "CHILD-1";

	private Anonymiser() {
	}

	/** An anonymised request, or why there is none. */
	public sealed interface Outcome permits Anonymised, Refused {

	}

	/**
	 * @param request the anonymised request; nothing in it is the original's date of
	 * birth, home postcode or refs
	 */
	public record Anonymised(DecisionRequest request) implements Outcome {
	}

	/**
	 * @param reason why the request cannot be anonymised without changing its decision
	 * (quotes no value)
	 */
	public record Refused(String reason) implements Outcome {
	}

	/**
	 * The request with the child's ref replaced by {@code ref} (the decision id), and
	 * nothing else changed.
	 */
	public static DecisionRequest withChildRef(DecisionRequest request, String ref) {
		ObjectNode tree = JSON.valueToTree(request);
		((ObjectNode) tree.get("child")).put("ref", ref);
		return JSON.treeToValue(tree, DecisionRequest.class);
	}

	public static Outcome anonymise(DecisionRequest request, Geography geography) {
		List<String> candidatePostcodes = request.candidates()
			.stream()
			.map(Candidate::postcode)
			.filter(p -> p != null && !p.isBlank())
			.distinct()
			.toList();
		List<String> homes = geography.sameDistancesAs(request.child().homePostcode(), candidatePostcodes, 1);
		if (homes.isEmpty()) {
			return new Refused("no other postcode in the child's home authority is at the same distance, to 0.1 mile, "
					+ "from every one of the " + candidatePostcodes.size() + " candidate postcodes, so the home "
					+ "postcode cannot be replaced without changing the decision; export without --anonymise "
					+ "(the file then holds personal data) or make the scenario by hand");
		}
		ObjectNode tree = JSON.valueToTree(request);
		ObjectNode child = (ObjectNode) tree.get("child");
		child.put("ref", CHILD_REF);
		child.put("dateOfBirth", sameAgeOn(request.asOf(), request.child().dateOfBirth()).toString());
		child.put("homePostcode", homes.get(0));
		Map<String, String> siblings = new LinkedHashMap<>();
		renameAll(child.get("siblingsInCare"), siblings);
		renameAll(child.get("siblingsToBePlaced"), siblings);
		for (JsonNode candidate : tree.get("candidates")) {
			renameAll(candidate.get("siblingsPlacedHere"), siblings);
		}
		return new Anonymised(JSON.treeToValue(tree, DecisionRequest.class));
	}

	/**
	 * A date of birth that gives the same age in whole years on {@code asOf} and that
	 * depends on nothing but that age: the middle of the year of such dates (the day
	 * before, should that be the original).
	 */
	static LocalDate sameAgeOn(LocalDate asOf, LocalDate dateOfBirth) {
		int age = Period.between(dateOfBirth, asOf).getYears();
		LocalDate middle = asOf.minusYears(age).minusMonths(6);
		return middle.equals(dateOfBirth) ? middle.minusDays(1) : middle;
	}

	/** Each sibling ref becomes SIBLING-n, the same n wherever the same ref appears. */
	private static void renameAll(JsonNode refs, Map<String, String> names) {
		if (refs == null || !refs.isArray()) {
			return;
		}
		ArrayNode array = (ArrayNode) refs;
		for (int i = 0; i < array.size(); i++) {
			String ref = array.get(i).asString();
			array.set(i,
					JSON.getNodeFactory().stringNode(names.computeIfAbsent(ref, r -> "SIBLING-" + (names.size() + 1))));
		}
	}

}
