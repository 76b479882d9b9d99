package org.example.placement.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.Child;
import org.example.placement.decision.Location;
import org.example.placement.decision.Match;
import org.example.placement.decision.RuleDefinition;
import org.example.placement.decision.Situation;
import org.example.placement.decision.Tier;

/**
 * A fixed subset of the rules in {@code rules/} written directly in Java, as the
 * reference for "what does Drools cost". Not a second implementation of the service:
 * weights, tiers and in-force dates are constants here. The subset is whole files
 * ({@link #FILES}, 22 rules):
 * <ul>
 * <li>connected person (ENG-S22C-6A-3), kind classification (ENG-S22C-3, -6A, -6B, -6C,
 * -6D) and adoption being considered (ENG-S22C-9A, DERIVE; from 25 July 2014 it suspends
 * the s22C(7)(a) tier and the s22C(8)-(9) preferences)</li>
 * <li>s22C(2) parent tier (ENG-S22C-2), s22C(7)(a) connected-person tier
 * (ENG-S22C-7A)</li>
 * <li>s22C(5) exclusion and note (ENG-S22C-5-1, -5-2)</li>
 * <li>preferences s22C(8)(a) nearest home among the usable candidates of the same
 * standing, (8)(c) a sibling placed here and room for the sibling group, (8)(d) disabled,
 * (9) within area</li>
 * <li>local/default: distance bands 0-5 / 5-20 / 50+ and kind order
 * (LOCAL-DEFAULT-001..003, 010..012)</li>
 * </ul>
 * Ranking is statutory first ({@code Standing.RANKING}): excluded, tier, the statutory
 * factors' score, local policy's score, cost, ref. Drools is measured on the same files
 * ({@link #copySubset}) for a like-for-like comparison, and {@link Equivalence} refuses
 * to run the benchmark when Drools and this class disagree on them (e.g. after someone
 * changed a weight). Every rule of the subset is in force on the benchmark's as-of date
 * and E06000047 has no local folder, so local/default applies; both are checked once per
 * request, as the engine's agenda filter would.
 */
final class HandWrittenRules {

	/** The rule files of the subset, relative to the rules directory. */
	static final List<String> FILES = List.of("england/facts/connected-person.drl", "england/facts/placement-kind.drl",
			"england/facts/fostering-for-adoption.drl", "england/eligibility/most-appropriate-placement.drl",
			"england/tiers/parent-first.drl", "england/tiers/connected-person-first.drl",
			"england/preference/keep-siblings-together.drl", "england/preference/near-home.drl",
			"england/preference/suitable-for-disabled-child.drl", "england/preference/within-area.drl",
			"local/default/distance-from-home.drl.csv", "local/default/kind-order.drl.csv");

	static final LocalDate IN_FORCE_FROM = LocalDate.of(2011, 4, 1);

	/**
	 * s22C(9A)-(9C) (ENG-S22C-9A): from then, adoption being considered suspends
	 * s22C(7)-(9): the connected-person tier and every s22C(8)-(9) preference.
	 */
	static final LocalDate ADOPTION_FROM = LocalDate.of(2014, 7, 25);

	static final int PARENT = 1, KIND_A = 2, KIND_B = 4, KIND_C = 8, KIND_D = 16;

	/** Kinds (b)-(d), compared with each other for nearness (ENG-S22C-8A). */
	static final int OTHER_KINDS = KIND_B | KIND_C | KIND_D;

	private static final BigDecimal FIVE = BigDecimal.valueOf(5), TWENTY = BigDecimal.valueOf(20),
			FIFTY = BigDecimal.valueOf(50), FAR = BigDecimal.valueOf(100000);

	/**
	 * Where a candidate stands: the ranking keys of {@code Standing}; {@code score} is
	 * statutory plus local.
	 */
	record Scored(Candidate candidate, boolean excluded, Tier tier, int statutoryScore, int localScore) {

		int score() {
			return statutoryScore + localScore;
		}

	}

	/**
	 * The ranking algorithm of {@code Ranking}/{@code Standing} (STATUTORY_FIRST):
	 * excluded, tier, statutory score, local score, cost, ref.
	 */
	static final Comparator<Scored> RANKING = Comparator.comparing(Scored::excluded)
		.thenComparing(Scored::tier)
		.thenComparing(Comparator.comparingInt(Scored::statutoryScore).reversed())
		.thenComparing(Comparator.comparingInt(Scored::localScore).reversed())
		.thenComparing(s -> s.candidate().weeklyCost(), Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
		.thenComparing(s -> s.candidate().ref());

	private HandWrittenRules() {
	}

	/**
	 * Copies the subset's files from {@code rules} to a new temporary directory, keeping
	 * their folders.
	 */
	static Path copySubset(Path rules) {
		try {
			Path target = Files.createTempDirectory("placement-rules-subset");
			for (String file : FILES) {
				Path to = target.resolve(file);
				Files.createDirectories(to.getParent());
				Files.copy(rules.resolve(file), to);
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot copy the rule subset from " + rules.toAbsolutePath(), ex);
		}
	}

	private static boolean adoptionConsidered(Situation situation, Child child) {
		return child.adoptionBeingConsidered() && !situation.asOf().isBefore(ADOPTION_FROM);
	}

	/** ENG-S22C-5-1, the only exclusion in the subset. */
	private static boolean excluded(Candidate c) {
		return Boolean.FALSE.equals(c.meetsAssessedNeeds());
	}

	/** The kinds of s22C(6) (and PARENT) a candidate has, as a bit set. */
	static int kinds(Candidate c) {
		String type = c.placementType();
		int kinds = 0;
		if ("P1".equals(type) || "PR0".equals(c.provider())) {
			kinds |= PARENT;
		}
		boolean u13 = "U1".equals(type) || "U2".equals(type) || "U3".equals(type);
		if ((u13 || c.connectedPerson()) && c.approvedFosterParent()) {
			kinds |= KIND_A;
		}
		if (("U4".equals(type) || "U5".equals(type) || "U6".equals(type)) && !c.connectedPerson()) {
			kinds |= KIND_B;
		}
		if ("K1".equals(type) || "K2".equals(type)) {
			kinds |= KIND_C;
		}
		if (type != null) {
			switch (type) {
				case "H5", "K3", "P2", "P3", "R1", "R2", "R3", "S1", "Z1", "Z11", "Z12", "Z13", "Z14" ->
					kinds |= KIND_D;
				default -> {
				}
			}
		}
		return kinds;
	}

	private static boolean sibling(Set<String> siblingsInCare, Candidate c) {
		if (siblingsInCare.isEmpty()) {
			return false;
		}
		for (String s : c.siblingsPlacedHere()) {
			if (siblingsInCare.contains(s)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * ENG-S22C-8A: the nearest distance among the candidates that could be used (not
	 * excluded), of kind (a) at [0] and of kinds (b)-(d) at [1]; null when there is none.
	 */
	static BigDecimal[] nearest(List<Candidate> candidates, int[] kinds) {
		BigDecimal[] nearest = new BigDecimal[2];
		for (int i = 0; i < kinds.length; i++) {
			Candidate c = candidates.get(i);
			BigDecimal miles = c.distanceMiles();
			if (miles == null || excluded(c)) {
				continue;
			}
			if ((kinds[i] & KIND_A) != 0 && (nearest[0] == null || miles.compareTo(nearest[0]) < 0)) {
				nearest[0] = miles;
			}
			if ((kinds[i] & OTHER_KINDS) != 0 && (nearest[1] == null || miles.compareTo(nearest[1]) < 0)) {
				nearest[1] = miles;
			}
		}
		return nearest;
	}

	private static boolean nearestHome(Candidate c, int kinds, BigDecimal[] nearest) {
		BigDecimal miles = c.distanceMiles();
		if (miles == null || excluded(c)) {
			return false;
		}
		return (kinds & KIND_A) != 0 && miles.compareTo(nearest[0]) <= 0
				|| (kinds & OTHER_KINDS) != 0 && miles.compareTo(nearest[1]) <= 0;
	}

	/**
	 * ENG-S22C-8C-2: room for the child and every sibling to be placed; a foster parent
	 * (kinds (a), (b)) also within its approval's number and the usual fostering limit.
	 */
	private static boolean takesTheGroup(Child child, Candidate c, int kinds) {
		int group = child.siblingsToBePlaced().size();
		if (group == 0 || (kinds & (KIND_A | OTHER_KINDS)) == 0 || c.vacancies() != null && c.vacancies() < group + 1) {
			return false;
		}
		if ((kinds & (KIND_C | KIND_D)) != 0) {
			return true;
		}
		if (c.childrenPlaced() == null) {
			return false;
		}
		int fostered = c.childrenFosteredWith(group);
		Candidate.ApprovalTerms terms = c.approvalTerms();
		return (terms == null || terms.maxChildren() == null || fostered <= terms.maxChildren())
				&& (fostered <= 3 || c.childrenPlaced() <= c.siblingsPlacedHere().size());
	}

	/** LOCAL-DEFAULT-010..012: 0-5 miles, 5-20 miles, 50 miles and more. */
	private static int band(BigDecimal miles) {
		if (miles == null) {
			return 0;
		}
		if (miles.signum() >= 0 && miles.compareTo(FIVE) < 0) {
			return 1;
		}
		if (miles.compareTo(FIVE) >= 0 && miles.compareTo(TWENTY) < 0) {
			return 2;
		}
		return miles.compareTo(FIFTY) >= 0 && miles.compareTo(FAR) < 0 ? 3 : 0;
	}

	private static int[] kinds(List<Candidate> candidates) {
		int[] kinds = new int[candidates.size()];
		for (int i = 0; i < kinds.length; i++) {
			kinds[i] = kinds(candidates.get(i));
		}
		return kinds;
	}

	/**
	 * Plain evaluation and ranking: the cheapest possible answer to "who ranks where".
	 */
	static List<Scored> rank(Situation situation, Child child, List<Candidate> candidates) {
		List<Scored> scored = new ArrayList<>(candidates.size());
		if (situation.asOf().isBefore(IN_FORCE_FROM)) {
			candidates.forEach(c -> scored.add(new Scored(c, false, Tier.OTHER, 0, 0)));
			scored.sort(RANKING);
			return scored;
		}
		Set<String> siblings = new HashSet<>(child.siblingsInCare());
		boolean preferences = !adoptionConsidered(situation, child);
		int[] kinds = kinds(candidates);
		BigDecimal[] nearest = nearest(candidates, kinds);
		for (int i = 0; i < kinds.length; i++) {
			Candidate c = candidates.get(i);
			int k = kinds[i];
			Tier tier = (k & PARENT) != 0 ? Tier.PARENT
					: (k & KIND_A) != 0 && preferences ? Tier.CONNECTED_PERSON_FOSTER : Tier.OTHER;
			int statutory = 0;
			if (preferences) {
				statutory += sibling(siblings, c) ? 30 : 0;
				statutory += takesTheGroup(child, c, k) ? 30 : 0;
				statutory += nearestHome(c, k, nearest) ? 10 : 0;
				statutory += child.disabled() && Boolean.TRUE.equals(c.suitableForDisabled()) ? 30 : 0;
				statutory += c.location() == Location.IN ? 20 : 0;
			}
			int local = switch (band(c.distanceMiles())) {
				case 1 -> 20;
				case 2 -> 10;
				case 3 -> -15;
				default -> 0;
			};
			local += (k & KIND_B) != 0 ? ("PR1".equals(c.provider()) ? 30 : 20) : 0;
			local += (k & KIND_C) != 0 ? 10 : 0;
			scored.add(new Scored(c, excluded(c), tier, statutory, local));
		}
		scored.sort(RANKING);
		return scored;
	}

	/**
	 * The same evaluation producing the engine's output, the findings ({@link Match}es)
	 * with their rule metadata, so the service's own {@code Ranking.rank} can present and
	 * explain them: the hand-written twin of {@code DroolsRuleEngine.evaluate}. DERIVE
	 * rules are not findings.
	 */
	static List<Match> matches(Situation situation, Child child, List<Candidate> candidates,
			Map<String, RuleDefinition> rules) {
		List<Match> matches = new ArrayList<>(candidates.size() * 4);
		if (situation.asOf().isBefore(IN_FORCE_FROM)) {
			return matches;
		}
		Set<String> siblings = new HashSet<>(child.siblingsInCare());
		boolean preferences = !adoptionConsidered(situation, child);
		int[] kinds = kinds(candidates);
		BigDecimal[] nearest = nearest(candidates, kinds);
		RuleDefinition s2 = rules.get("ENG-S22C-2"), s7a = rules.get("ENG-S22C-7A"), s51 = rules.get("ENG-S22C-5-1"),
				s52 = rules.get("ENG-S22C-5-2"), s8a = rules.get("ENG-S22C-8A"), s8c = rules.get("ENG-S22C-8C"),
				s8c2 = rules.get("ENG-S22C-8C-2"), s8d = rules.get("ENG-S22C-8D"), s9 = rules.get("ENG-S22C-9"),
				k1 = rules.get("LOCAL-DEFAULT-001"), k2 = rules.get("LOCAL-DEFAULT-002"),
				k3 = rules.get("LOCAL-DEFAULT-003");
		RuleDefinition[] bands = { null, rules.get("LOCAL-DEFAULT-010"), rules.get("LOCAL-DEFAULT-011"),
				rules.get("LOCAL-DEFAULT-012") };
		Objects.requireNonNull(s8c2, "the ruleset no longer has the rules this reference was written for");
		Objects.requireNonNull(bands[3], "the ruleset no longer has the rules this reference was written for");
		for (int i = 0; i < kinds.length; i++) {
			Candidate c = candidates.get(i);
			String ref = c.ref();
			int k = kinds[i];
			add(matches, (k & PARENT) != 0, s2, ref);
			add(matches, (k & KIND_A) != 0 && preferences, s7a, ref);
			add(matches, excluded(c), s51, ref);
			add(matches, c.meetsAssessedNeeds() == null, s52, ref);
			if (preferences) {
				add(matches, nearestHome(c, k, nearest), s8a, ref);
				add(matches, sibling(siblings, c), s8c, ref);
				add(matches, takesTheGroup(child, c, k), s8c2, ref);
				add(matches, child.disabled() && Boolean.TRUE.equals(c.suitableForDisabled()), s8d, ref);
				add(matches, c.location() == Location.IN, s9, ref);
			}
			if ((k & KIND_B) != 0) {
				matches.add(new Match("PR1".equals(c.provider()) ? k1 : k2, ref));
			}
			add(matches, (k & KIND_C) != 0, k3, ref);
			int band = band(c.distanceMiles());
			add(matches, band != 0, bands[band], ref);
		}
		return matches;
	}

	private static void add(List<Match> matches, boolean hit, RuleDefinition rule, String ref) {
		if (hit) {
			matches.add(new Match(rule, ref));
		}
	}

}
