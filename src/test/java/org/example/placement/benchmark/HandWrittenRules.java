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
 * ({@link #FILES}, 21 rules):
 * <ul>
 * <li>connected person (ENG-S22C-6A-3), kind classification (ENG-S22C-3, -6A, -6B, -6C,
 * -6D) and adoption being considered (ENG-S22C-9A, DERIVE)</li>
 * <li>s22C(2) parent tier (ENG-S22C-2), s22C(7)(a) connected-person tier
 * (ENG-S22C-7A)</li>
 * <li>s22C(5) exclusion and note (ENG-S22C-5-1, -5-2)</li>
 * <li>preferences s22C(8)(a) home authority, (8)(c) siblings, (8)(d) disabled, (9) within
 * area</li>
 * <li>local/default: distance bands 0-5 / 5-20 / 50+ and kind order
 * (LOCAL-DEFAULT-001..003, 010..012)</li>
 * </ul>
 * Drools is measured on the same files ({@link #copySubset}) for a like-for-like
 * comparison, and {@link Equivalence} refuses to run the benchmark when Drools and this
 * class disagree on them (e.g. after someone changed a weight). Every rule of the subset
 * is in force on the benchmark's as-of date and E06000047 has no local folder, so
 * local/default applies; both are checked once per request, as the engine's agenda filter
 * would.
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
	 * s22C(9A)/(9B) (ENG-S22C-9A): from then, adoption being considered suspends
	 * s22C(7)(a).
	 */
	static final LocalDate ADOPTION_FROM = LocalDate.of(2014, 5, 13);

	static final int PARENT = 1, KIND_A = 2, KIND_B = 4, KIND_C = 8, KIND_D = 16;

	private static final BigDecimal FIVE = BigDecimal.valueOf(5), TWENTY = BigDecimal.valueOf(20),
			FIFTY = BigDecimal.valueOf(50), FAR = BigDecimal.valueOf(100000);

	/** Where a candidate stands: the ranking keys of {@code Standing}. */
	record Scored(Candidate candidate, boolean excluded, Tier tier, int score) {
	}

	/**
	 * The ranking algorithm of {@code Ranking}/{@code Standing}: excluded, tier, score,
	 * cost, ref.
	 */
	static final Comparator<Scored> RANKING = Comparator.comparing(Scored::excluded)
		.thenComparing(Scored::tier)
		.thenComparing(Comparator.comparingInt(Scored::score).reversed())
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

	private static boolean suspendsConnectedPersonTier(Situation situation, Child child) {
		return child.adoptionBeingConsidered() && !situation.asOf().isBefore(ADOPTION_FROM);
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
	 * Plain evaluation and ranking: the cheapest possible answer to "who ranks where".
	 */
	static List<Scored> rank(Situation situation, Child child, List<Candidate> candidates) {
		boolean inForce = !situation.asOf().isBefore(IN_FORCE_FROM);
		Set<String> siblings = new HashSet<>(child.siblingsInCare());
		String home = situation.homeAuthority();
		boolean connectedTier = !suspendsConnectedPersonTier(situation, child);
		List<Scored> scored = new ArrayList<>(candidates.size());
		for (Candidate c : candidates) {
			if (!inForce) {
				scored.add(new Scored(c, false, Tier.OTHER, 0));
				continue;
			}
			int kinds = kinds(c);
			boolean excluded = Boolean.FALSE.equals(c.meetsAssessedNeeds());
			Tier tier = (kinds & PARENT) != 0 ? Tier.PARENT
					: (kinds & KIND_A) != 0 && connectedTier ? Tier.CONNECTED_PERSON_FOSTER : Tier.OTHER;
			int score = 0;
			if (sibling(siblings, c)) {
				score += 30;
			}
			if (home != null && home.equals(c.localAuthority())) {
				score += 10;
			}
			if (child.disabled() && Boolean.TRUE.equals(c.suitableForDisabled())) {
				score += 30;
			}
			if (c.location() == Location.IN) {
				score += 20;
			}
			BigDecimal miles = c.distanceMiles();
			if (miles != null) {
				if (miles.signum() >= 0 && miles.compareTo(FIVE) < 0) {
					score += 20;
				}
				else if (miles.compareTo(FIVE) >= 0 && miles.compareTo(TWENTY) < 0) {
					score += 10;
				}
				else if (miles.compareTo(FIFTY) >= 0 && miles.compareTo(FAR) < 0) {
					score -= 15;
				}
			}
			if ((kinds & KIND_B) != 0) {
				score += "PR1".equals(c.provider()) ? 30 : 20;
			}
			if ((kinds & KIND_C) != 0) {
				score += 10;
			}
			scored.add(new Scored(c, excluded, tier, score));
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
		String home = situation.homeAuthority();
		boolean connectedTier = !suspendsConnectedPersonTier(situation, child);
		RuleDefinition s2 = rules.get("ENG-S22C-2"), s7a = rules.get("ENG-S22C-7A"), s51 = rules.get("ENG-S22C-5-1"),
				s52 = rules.get("ENG-S22C-5-2"), s8a = rules.get("ENG-S22C-8A"), s8c = rules.get("ENG-S22C-8C"),
				s8d = rules.get("ENG-S22C-8D"), s9 = rules.get("ENG-S22C-9"), k1 = rules.get("LOCAL-DEFAULT-001"),
				k2 = rules.get("LOCAL-DEFAULT-002"), k3 = rules.get("LOCAL-DEFAULT-003"),
				d1 = rules.get("LOCAL-DEFAULT-010"), d2 = rules.get("LOCAL-DEFAULT-011"),
				d3 = rules.get("LOCAL-DEFAULT-012");
		Objects.requireNonNull(d3, "the ruleset no longer has the rules this reference was written for");
		for (Candidate c : candidates) {
			String ref = c.ref();
			int kinds = kinds(c);
			if ((kinds & PARENT) != 0) {
				matches.add(new Match(s2, ref));
			}
			if ((kinds & KIND_A) != 0 && connectedTier) {
				matches.add(new Match(s7a, ref));
			}
			Boolean meets = c.meetsAssessedNeeds();
			if (meets == null) {
				matches.add(new Match(s52, ref));
			}
			else if (!meets) {
				matches.add(new Match(s51, ref));
			}
			if (home != null && home.equals(c.localAuthority())) {
				matches.add(new Match(s8a, ref));
			}
			if (sibling(siblings, c)) {
				matches.add(new Match(s8c, ref));
			}
			if (child.disabled() && Boolean.TRUE.equals(c.suitableForDisabled())) {
				matches.add(new Match(s8d, ref));
			}
			if (c.location() == Location.IN) {
				matches.add(new Match(s9, ref));
			}
			if ((kinds & KIND_B) != 0) {
				matches.add(new Match("PR1".equals(c.provider()) ? k1 : k2, ref));
			}
			if ((kinds & KIND_C) != 0) {
				matches.add(new Match(k3, ref));
			}
			BigDecimal miles = c.distanceMiles();
			if (miles != null) {
				if (miles.signum() >= 0 && miles.compareTo(FIVE) < 0) {
					matches.add(new Match(d1, ref));
				}
				else if (miles.compareTo(FIVE) >= 0 && miles.compareTo(TWENTY) < 0) {
					matches.add(new Match(d2, ref));
				}
				else if (miles.compareTo(FIFTY) >= 0 && miles.compareTo(FAR) < 0) {
					matches.add(new Match(d3, ref));
				}
			}
		}
		return matches;
	}

}
