package org.example.placement.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.example.placement.benchmark.BenchmarkData;
import org.example.placement.decision.Candidate;
import org.example.placement.decision.CarerApproval;
import org.example.placement.decision.Child;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Evaluation;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.Ranking;
import org.example.placement.decision.Situation;
import org.example.placement.geography.Geographies;
import org.example.placement.scenario.ScenarioFiles;
import org.example.placement.scenario.SufficiencyScenarioRunner;
import org.example.placement.support.CandidateBuilder;
import org.example.placement.support.Candidates;
import org.example.placement.support.Children;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules built to insert plainly where nothing can be withdrawn ({@link StableRules})
 * decide exactly as the same rules all inserting logically, as written: the same
 * findings, trace, ranking and explanations for every shipped scenario (decision and
 * sufficiency), the benchmark's requests and some thousands of generated candidates.
 */
class PlainInsertsTests {

	private static final Path RULES = Path.of("rules");

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

	private static final CompiledRuleEngine plain = new CompiledRuleEngine(
			new RulesetCompiler(BuildMode.MVEL, CLOCK, true).compile(RuleFiles.read(RULES)));

	private static final CompiledRuleEngine logical = new CompiledRuleEngine(
			new RulesetCompiler(BuildMode.MVEL, CLOCK, false).compile(RuleFiles.read(RULES)));

	private static final String[] AUTHORITIES = { Children.DURHAM, "E09000033", "W06000015", "W06000011" };

	@Test
	void everyScenarioIsDecidedAsWithEveryRuleLogical() {
		PlacementDecider plainDecider = new PlacementDecider(plain, Geographies.ons());
		PlacementDecider logicalDecider = new PlacementDecider(logical, Geographies.ons());
		List<Path> scenarios = ScenarioFiles.find(Path.of("test-scenarios"));
		for (Path scenario : scenarios) {
			DecisionRequest request = ScenarioFiles.read(scenario).given();
			assertThat(outcome(plainDecider, request)).as(scenario.toString())
				.isEqualTo(outcome(logicalDecider, request));
		}
		assertThat(scenarios).hasSizeGreaterThan(100);
	}

	@Test
	void everySufficiencyScenarioIsAssessedAsWithEveryRuleLogical() {
		SufficiencyScenarioRunner plainRunner = new SufficiencyScenarioRunner(plain,
				new PlacementDecider(plain, Geographies.ons()), Geographies.ons());
		SufficiencyScenarioRunner logicalRunner = new SufficiencyScenarioRunner(logical,
				new PlacementDecider(logical, Geographies.ons()), Geographies.ons());
		List<Path> scenarios = ScenarioFiles.findSufficiency(Path.of("test-scenarios"));
		for (Path scenario : scenarios) {
			assertThat(plainRunner.run(scenario)).as(scenario.toString()).isEqualTo(logicalRunner.run(scenario));
		}
		assertThat(scenarios).isNotEmpty();
	}

	@Test
	void theBenchmarkRequestsAreDecidedAsWithEveryRuleLogical() {
		for (int size : new int[] { 50, 1000 }) {
			DecisionRequest request = BenchmarkData.request(size);
			Decision expected = new PlacementDecider(logical, new BenchmarkData.FixedGeography()).decide(request,
					"same", Ranking.Method.STATUTORY_FIRST);

			assertThat(new PlacementDecider(plain, new BenchmarkData.FixedGeography()).decide(request, "same",
					Ranking.Method.STATUTORY_FIRST))
				.isEqualTo(expected);
		}
	}

	@Test
	void generatedCandidatesAreEvaluatedAsWithEveryRuleLogical() {
		Random random = new Random(19);
		int candidates = 0;
		for (int batch = 0; batch < 48; batch++) {
			String authority = AUTHORITIES[batch % AUTHORITIES.length];
			Child child = child(random);
			Situation situation = new Situation(Children.AS_OF, authority, random.nextBoolean(), 13,
					random.nextBoolean(), authority);
			List<Candidate> batchOf = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				batchOf.add(candidate(random, "C-" + batch + "-" + i));
			}
			Evaluation expected = logical.evaluate(situation, child, batchOf);

			assertThat(plain.evaluate(situation, child, batchOf)).as("batch " + batch).isEqualTo(expected);
			candidates += batchOf.size();
		}
		assertThat(candidates).isGreaterThan(2_500);
	}

	/** A child of random age, siblings, adoption and secure accommodation. */
	private static Child child(Random random) {
		List<String> siblings = random.nextBoolean() ? List.of("S1", "S2") : List.of();
		boolean secure = random.nextInt(6) == 0;
		return new Child("CH-" + random.nextInt(1000), Children.AS_OF.minusYears(1 + random.nextInt(16)), "C2",
				"DH1 3AA", random.nextInt(5) == 0, List.of(), false, siblings, null, random.nextInt(4) == 0, secure,
				secure && random.nextBoolean(), secure ? random.nextInt(100) : null,
				random.nextBoolean() ? siblings : List.of());
	}

	/** A candidate of random kind, approval, terms, vacancies and whereabouts. */
	private static Candidate candidate(Random random, String ref) {
		CandidateBuilder candidate = switch (random.nextInt(6)) {
			case 0 -> Candidates.anApprovedFosterCarerCalled(ref);
			case 1 -> Candidates.anApprovedFosterCarerCalled(ref).connectedPerson();
			case 2 -> Candidates.aCandidate().called(ref).parent();
			case 3 -> Candidates.aCandidate().called(ref).coded("K2").registered(random.nextBoolean(), null);
			case 4 -> Candidates.anApprovedFosterCarerCalled(ref)
				.connectedPerson()
				.approved(CarerApproval.TEMPORARY)
				.temporarilyApprovedFrom(Children.AS_OF.minusDays(random.nextInt(200)));
			default -> Candidates.aCandidate().called(ref).coded(random.nextBoolean() ? "R5" : "A3");
		};
		if (random.nextInt(3) == 0) {
			candidate.withApprovalTerms(
					new Candidate.ApprovalTerms(10 + random.nextInt(6), 12 + random.nextInt(6), 1 + random.nextInt(3)));
		}
		candidate.vacancies(random.nextInt(3))
			.alreadyFostering(random.nextInt(3))
			.withSiblingsPlacedHere(random.nextInt(4) == 0 ? List.of("S1") : List.of());
		if (random.nextBoolean()) {
			candidate.locatedIn(Children.DURHAM, "" + random.nextInt(40));
		}
		else {
			candidate.locatedOutside("E08000021", "" + (5 + random.nextInt(60)));
		}
		return candidate.meetsAssessedNeeds(random.nextInt(8) == 0 ? Boolean.FALSE : Boolean.TRUE)
			.disruptsEducation(random.nextInt(5) == 0)
			.prospectiveAdopter(random.nextInt(10) == 0)
			.build();
	}

	/** The decision, or the error, with the same decision id on both sides. */
	private static Object outcome(PlacementDecider decider, DecisionRequest request) {
		try {
			return decider.decide(request, "same", Ranking.Method.STATUTORY_FIRST);
		}
		catch (RuntimeException ex) {
			return ex.getClass().getName() + ": " + ex.getMessage();
		}
	}

}
