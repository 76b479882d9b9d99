package org.example.placement.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.CarerApproval;
import org.example.placement.decision.Child;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Geography;
import org.example.placement.decision.Location;
import org.example.placement.decision.OfstedRating;
import org.example.placement.decision.Whereabouts;
import org.example.placement.support.CandidateBuilder;
import org.example.placement.support.Candidates;
import org.example.placement.support.Children;
import org.slf4j.LoggerFactory;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.Logger;

/**
 * Deterministic inputs shared by the benchmarks: one child and {@code n} generated
 * candidates drawn from a fixed seed, so every benchmark (Drools and hand-written) sees
 * exactly the same request (and engine tests that need many varied candidates). Not a
 * test: the name deliberately does not end in Test/Tests/IT.
 */
public final class BenchmarkData {

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

	public static final String RESPONSIBLE_AUTHORITY = "E06000047";

	static final String HOME_POSTCODE = "DH1 3LE";

	static final long SEED = 20261123L;

	/**
	 * Where the rules are read from; relative to the working directory (the project root
	 * under exec:exec).
	 */
	static Path rulesDir() {
		return Path.of(System.getProperty("placement.rules", "rules"));
	}

	private static final String[] OTHER_AUTHORITIES = { "E06000005", "E08000037", "E06000057", "E08000024", "E10000023",
			"E09000033", "W06000015" };

	/**
	 * Placement codes with rough frequencies (foster care most common, then homes, then
	 * the rest).
	 */
	private static final String[] PLACEMENT_TYPES = { "U1", "U2", "U3", "U4", "U4", "U4", "U5", "U5", "U6", "U6", "K1",
			"K2", "K2", "H5", "P1", "P2", "P3", "R1", "R2", "S1", "Z1", "T0", "A3" };

	private static final String[] FOSTER_PROVIDERS = { "PR1", "PR1", "PR1", "PR2", "PR4", "PR4", "PR5" };

	private static final String[] OTHER_PROVIDERS = { "PR1", "PR2", "PR3", "PR4", "PR5" };

	private static final OfstedRating[] RATINGS = OfstedRating.values();

	private BenchmarkData() {
	}

	/** The child: 10 on the as-of date, in care, disabled, with two siblings in care. */
	static Child child() {
		return Children.aChild()
			.called("CH-BENCH-1")
			.bornOn(LocalDate.of(2016, 5, 12))
			.livingAt(HOME_POSTCODE)
			.disabled()
			.withNeeds(List.of("EMOTIONAL", "EDUCATION"))
			.withSiblingsInCare(List.of("SIB-1", "SIB-2"))
			.atSchool(new Child.School("DH1 3LE", false))
			.build();
	}

	/** One child and {@code n} candidates, the same for the same {@code n}. */
	public static DecisionRequest request(int n) {
		return new DecisionRequest(AS_OF, RESPONSIBLE_AUTHORITY, false, child(), candidates(n));
	}

	/**
	 * The same request with no candidate's {@code approvalTerms}, as the load benchmark's
	 * requests send them.
	 */
	public static DecisionRequest withoutApprovalTerms(DecisionRequest request) {
		return request.withCandidates(request.candidates()
			.stream()
			.map((c) -> new Candidate(c.ref(), c.placementType(), c.provider(), c.postcode(), c.connectedPerson(),
					c.carerApproval(), c.temporaryApprovalFrom(), null, c.registered(), c.ofstedRating(),
					c.restrictionNotice(), c.vacancies(), c.suitableForDisabled(), c.meetsNeeds(),
					c.siblingsPlacedHere(), c.meetsAssessedNeeds(), c.prospectiveAdopter(), c.weeklyCost(),
					c.whereabouts(), c.disruptsEducation(), c.incompatibleWithContactOrder(), c.exceptedAccommodation(),
					c.setting(), c.livingHereSinceRestrictionNotice(), c.temporaryApproval(), c.childrenPlaced(),
					c.providerNotForProfit()))
			.toList());
	}

	static List<Candidate> candidates(int n) {
		Random random = new Random(SEED);
		List<Candidate> candidates = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			candidates.add(candidate(random, i));
		}
		return candidates;
	}

	private static Candidate candidate(Random random, int i) {
		String ref = String.format("CAND-%05d", i);
		String type = pick(random, PLACEMENT_TYPES);
		boolean foster = type.startsWith("U");
		String provider;
		if (type.equals("P1")) {
			provider = "PR0";
		}
		else if (random.nextInt(40) == 0) {
			provider = "PR0"; // the odd parent recorded by provider code only
		}
		else if (random.nextInt(20) == 0) {
			provider = null;
		}
		else {
			provider = pick(random, foster ? FOSTER_PROVIDERS : OTHER_PROVIDERS);
		}
		boolean connected = foster && type.compareTo("U4") < 0 ? random.nextInt(5) != 0 : random.nextInt(20) == 0;
		CarerApproval approval = null;
		if (foster || connected) {
			int a = random.nextInt(20);
			approval = a < 12 ? CarerApproval.APPROVED : a < 15 ? CarerApproval.TEMPORARY : CarerApproval.NONE;
		}
		String authority = random.nextInt(10) < 4 ? RESPONSIBLE_AUTHORITY : pick(random, OTHER_AUTHORITIES);
		Location location = authority.equals(RESPONSIBLE_AUTHORITY) ? Location.IN : Location.OUT;
		Boolean atDistance = location == Location.OUT && random.nextBoolean();
		BigDecimal miles = BigDecimal.valueOf(random.nextDouble() * 120).setScale(1, RoundingMode.HALF_UP);
		if (location == Location.IN && miles.compareTo(BigDecimal.valueOf(40)) > 0) {
			miles = miles.divide(BigDecimal.valueOf(3), 1, RoundingMode.HALF_UP); // in-area
																					// placements
																					// are
																					// nearer
		}
		int m = random.nextInt(20);
		Boolean meetsAssessedNeeds = m < 14 ? Boolean.TRUE : m < 17 ? Boolean.FALSE : null;
		int s = random.nextInt(20);
		List<String> siblings = s < 2 ? List.of("SIB-1")
				: s < 3 ? List.of("SIB-2", "OTHER-9") : s < 4 ? List.of("OTHER-9") : List.of();
		int d = random.nextInt(3);
		Boolean suitableForDisabled = d == 0 ? Boolean.TRUE : d == 1 ? Boolean.FALSE : null;
		BigDecimal cost = random.nextInt(10) == 0 ? null
				: BigDecimal.valueOf(300 + random.nextInt(5700)).setScale(2, RoundingMode.UNNECESSARY);
		boolean home = type.startsWith("K");
		Boolean registered = home
				? (random.nextInt(10) == 0 ? Boolean.FALSE : random.nextInt(10) == 0 ? null : Boolean.TRUE)
				: type.equals("H5") ? Boolean.valueOf(random.nextBoolean()) : null;
		Candidate.ApprovalTerms terms = foster && random.nextInt(4) == 0
				? new Candidate.ApprovalTerms(random.nextInt(8), 8 + random.nextInt(10), 1 + random.nextInt(3)) : null;
		Integer vacancies = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
		int e = random.nextInt(3);
		Boolean disruptsEducation = e == 0 ? Boolean.TRUE : e == 1 ? Boolean.FALSE : null;
		CandidateBuilder candidate = Candidates.aCandidate()
			.called(ref)
			.coded(type)
			.providedBy(provider)
			.flaggedConnectedPerson(connected)
			.approved(approval);
		if (approval == CarerApproval.TEMPORARY) {
			candidate.temporarilyApprovedFrom(AS_OF.minusDays(random.nextInt(200)));
		}
		return candidate.withApprovalTerms(terms)
			.registered(registered, registered != null ? RATINGS[random.nextInt(RATINGS.length)] : null)
			.underRestrictionNotice(random.nextInt(100) == 0, false)
			.vacancies(vacancies)
			.suitableForDisabled(suitableForDisabled)
			.withSiblingsPlacedHere(siblings)
			.meetsAssessedNeeds(meetsAssessedNeeds)
			.prospectiveAdopter(random.nextInt(30) == 0)
			.costing(cost == null ? null : cost.toPlainString())
			.located(new Whereabouts(miles, authority, location, atDistance))
			.disruptsEducation(disruptsEducation)
			.incompatibleWithContactOrder(random.nextInt(5) == 0)
			.exceptedAccommodation(random.nextInt(50) == 0)
			.build();
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	/**
	 * The benchmarks measure rule evaluation and ranking, not postcode lookups: the real
	 * {@code OnsGeography} is package-private (and loads the ONS tables), so this
	 * stand-in returns each candidate unchanged; the generator already set distanceMiles,
	 * localAuthority, location and atDistance, as the real geography would derive them (a
	 * caller cannot send them).
	 */
	public static final class FixedGeography implements Geography {

		private static final Optional<String> HOME = Optional.of(RESPONSIBLE_AUTHORITY);

		@Override
		public Optional<String> authorityOf(String postcode) {
			return HOME_POSTCODE.equals(postcode) ? HOME : Optional.empty();
		}

		@Override
		public Candidate locate(Candidate candidate, String homePostcode, String responsibleAuthority) {
			return candidate;
		}

	}

	/**
	 * Logback's default without a configuration file is DEBUG on the console, and Drools
	 * logs a lot at DEBUG: that would be measured too. Raise the root level to ERROR
	 * (build warnings about class reactivity would otherwise interleave with the JMH
	 * output).
	 */
	public static void quietLogging() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
			context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.ERROR);
		}
	}

	/**
	 * A benchmark's whole-number argument at {@code index}, or {@code fallback} if not
	 * given.
	 */
	public static int intArg(String[] args, int index, int fallback) {
		return args.length > index ? Integer.parseInt(args[index]) : fallback;
	}

}
