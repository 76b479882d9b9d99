package org.example.placement.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.example.placement.benchmark.BenchmarkData;
import org.example.placement.benchmark.load.PostcodeRequests;
import org.example.placement.decision.Approver;
import org.example.placement.decision.Candidate;
import org.example.placement.decision.Candidate.ApprovalTerms;
import org.example.placement.decision.Candidate.TemporaryApproval;
import org.example.placement.decision.CarerApproval;
import org.example.placement.decision.Child;
import org.example.placement.decision.Comparison;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Effect;
import org.example.placement.decision.Location;
import org.example.placement.decision.OfstedRating;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.decision.RankedCandidate.Approval;
import org.example.placement.decision.RankedCandidate.Finding;
import org.example.placement.decision.RankedCandidate.Notification;
import org.example.placement.decision.Ranking;
import org.example.placement.decision.RuleSummary;
import org.example.placement.decision.Setting;
import org.example.placement.decision.Tier;
import org.example.placement.decision.Whereabouts;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.geography.Geographies;
import org.example.placement.json.StrictJson;
import org.example.placement.scenario.ScenarioFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log's texts of a request and a decision, written field by field
 * ({@code json.RequestJson}, {@code json.DecisionJson}), are the very bytes the mapper
 * writes for them, as every record and answer was written before: for every shipped
 * scenario (as given and as located, with the decision made of it), the benchmark's 1 x
 * 50 and 1 x 1,000 requests and decisions, and thousands of made-up ones holding every
 * field null and not, escapes, control characters, non-ASCII text and lone surrogates.
 */
class FieldByFieldTextsTests {

	private static final DroolsRuleEngine engine = new DroolsRuleEngine(Path.of("rules"), BuildMode.MVEL,
			Clock.systemUTC());

	private final LedgerJson json = new LedgerJson();

	@AfterAll
	static void close() {
		engine.close();
	}

	@Test
	void everyShippedScenarioIsWrittenAsTheMapperWritesIt() {
		PlacementDecider decider = new PlacementDecider(engine, Geographies.ons());
		List<Path> scenarios = ScenarioFiles.find(Path.of("test-scenarios"));
		int decided = 0;
		for (Path scenario : scenarios) {
			DecisionRequest request = ScenarioFiles.read(scenario).given();
			assertSameBytes(request, scenario.toString());
			Decision decision;
			try {
				decision = decider.decide(request, "D-" + scenario.getFileName(), Ranking.Method.STATUTORY_FIRST);
			}
			catch (RuntimeException refused) {
				continue;
			}
			decided++;
			assertSameBytes(decision, scenario.toString());
			assertSameBytes(
					request.withCandidates(
							request.candidates().stream().map((c) -> c.locatedAt(located(c.ref().length()))).toList()),
					scenario + " located");
		}
		assertThat(scenarios).hasSizeGreaterThan(100);
		assertThat(decided).isGreaterThan(100);
	}

	@Test
	void theBenchmarkRequestsAndTheirDecisionsAreWrittenAsTheMapperWritesThem() throws Exception {
		for (int size : new int[] { 50, 1000 }) {
			PlacementDecider fixed = new PlacementDecider(engine, new BenchmarkData.FixedGeography());
			DecisionRequest request = BenchmarkData.request(size);
			assertSameBytes(request, "benchmark x" + size);
			assertSameBytes(fixed.decide(request, "D-x" + size, Ranking.Method.STATUTORY_FIRST), "decision x" + size);
			PlacementDecider ons = new PlacementDecider(engine, Geographies.ons());
			for (String body : PostcodeRequests.shipped().bodies(3, size)) {
				DecisionRequest real = StrictJson.mapper().readValue(body, DecisionRequest.class);
				assertSameBytes(real, "load x" + size);
				assertSameBytes(ons.decide(real, "D-load", Ranking.Method.STATUTORY_FIRST), "load decision x" + size);
			}
		}
	}

	@Test
	void madeUpRequestsAndDecisionsAreWrittenAsTheMapperWritesThem() {
		Random random = new Random(16);
		Made made = new Made(random);
		for (int i = 0; i < 400; i++) {
			List<Candidate> candidates = new ArrayList<>();
			for (int c = random.nextInt(6); c >= 0; c--) {
				candidates.add(made.candidate());
			}
			DecisionRequest request = new DecisionRequest(made.maybe(made::date), made.text(), random.nextBoolean(),
					made.maybe(made::child), random.nextInt(10) == 0 ? null : candidates);
			assertSameBytes(request, "made-up request " + i);
			assertSameBytes(made.decision(), "made-up decision " + i);
		}
	}

	@Test
	void aLoneSurrogateIsWrittenAsARecordWasAlwaysStored() {
		DecisionRequest request = BenchmarkData.request(3);
		Candidate alone = request.candidates().get(0);
		DecisionRequest withOne = request.withCandidates(List.of(new Candidate("P-\ud800", alone.placementType(),
				"\udc00 provider", alone.postcode(), false, null, null, null, null, null, false, null, null, null, null,
				null, false, null, null, null, false, false, null, false, null, null, null)));
		Decision decision = new Made(new Random(1)).decision();
		Decision withOneToo = new Decision(decision.decisionId(), "v-\ud800", decision.asOf(),
				decision.responsibleAuthority(), decision.candidates(), decision.comparisons(), List.of(),
				decision.rankingMethod(), decision.notifications(), decision.duties(), decision.rules());

		assertSameBytes(withOne, "a lone surrogate in a request");
		assertSameBytes(withOneToo, "a lone surrogate in a decision");
		LedgerJson.NewRecord written = json.texts(withOne, withOneToo);
		assertThat(new String(written.texts().request(), StandardCharsets.UTF_8)).contains("P-?");
		assertThat(written.payload()).isEqualTo(LedgerPayload.compress(written.texts()));
	}

	private void assertSameBytes(DecisionRequest request, String what) {
		// as text first, for a readable difference; then byte for byte
		assertThat(new String(json.utf8(request), StandardCharsets.UTF_8)).as(what)
			.isEqualTo(new String(json.write(request).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
		assertThat(json.utf8(request)).as(what).isEqualTo(json.write(request).getBytes(StandardCharsets.UTF_8));
	}

	private void assertSameBytes(Decision decision, String what) {
		assertThat(new String(json.utf8(decision), StandardCharsets.UTF_8)).as(what)
			.isEqualTo(new String(json.write(decision).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
		assertThat(json.utf8(decision)).as(what).isEqualTo(json.write(decision).getBytes(StandardCharsets.UTF_8));
		assertThat(json.texts(BenchmarkData.request(1), decision).texts().response()).as(what)
			.isEqualTo(json.utf8(decision));
	}

	private static Whereabouts located(int seed) {
		return new Whereabouts(new BigDecimal("12.3" + seed), "E0600004" + (seed % 10),
				(seed % 2 == 0) ? Location.IN : Location.OUT, seed % 3 == 0);
	}

	/** Made-up values, each field null or not, with text that needs escaping. */
	private record Made(Random random) {

		private static final String[] TEXTS = { "", "P-01", "quote \" backslash \\ slash / tab \t newline \n cr \r",
				"\u0001\u0008\u000c\u001f\u007f", "\u00e9 \u00fc \u00a3 \u00f1 \u00df", "emoji \ud83d\ude00 pair",
				"</script>&<>'", "\u65e5\u672c\u8a9e", "\u2028\u2029", "E06000047", "ENG-S22C-8C", "x".repeat(300) };

		private static final BigDecimal[] NUMBERS = { BigDecimal.ZERO, new BigDecimal("420.50"), new BigDecimal("1E+3"),
				new BigDecimal("0.000001"), new BigDecimal("-3.14159265358979323846"), new BigDecimal("1234567890123"),
				new BigDecimal("1.0E-10") };

		<T> T maybe(Supplier<T> value) {
			return random.nextInt(4) == 0 ? null : value.get();
		}

		<E extends Enum<E>> E of(Class<E> type) {
			E[] values = type.getEnumConstants();
			return random.nextInt(values.length + 1) == values.length ? null : values[random.nextInt(values.length)];
		}

		String text() {
			return random.nextInt(8) == 0 ? null : TEXTS[random.nextInt(TEXTS.length)];
		}

		LocalDate date() {
			return LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
		}

		Integer number() {
			return maybe(() -> random.nextInt(2001) - 1000);
		}

		BigDecimal decimal() {
			return maybe(() -> NUMBERS[random.nextInt(NUMBERS.length)]);
		}

		Boolean bool() {
			return maybe(random::nextBoolean);
		}

		List<String> texts() {
			List<String> texts = new ArrayList<>();
			for (int i = random.nextInt(3); i > 0; i--) {
				texts.add(TEXTS[random.nextInt(TEXTS.length)]);
			}
			return texts;
		}

		Child child() {
			return new Child(text(), maybe(this::date), text(), text(), random.nextBoolean(), texts(),
					random.nextBoolean(), texts(), maybe(() -> new Child.School(text(), random.nextBoolean())),
					random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), number(), texts());
		}

		@SuppressWarnings("deprecation")
		Candidate candidate() {
			return new Candidate(text(), text(), text(), text(), random.nextBoolean(), of(CarerApproval.class),
					maybe(this::date), maybe(() -> new ApprovalTerms(number(), number(), number())), bool(),
					of(OfstedRating.class), random.nextBoolean(), number(), bool(), texts(), texts(), bool(),
					random.nextBoolean(), decimal(),
					maybe(() -> new Whereabouts(decimal(), text(), of(Location.class), bool())), bool(),
					random.nextBoolean(), random.nextBoolean(), of(Setting.class), random.nextBoolean(),
					maybe(() -> new TemporaryApproval(of(TemporaryApproval.Regulation.class), maybe(this::date),
							maybe(this::date), number(), maybe(this::date), maybe(this::date), maybe(this::date),
							maybe(this::date), maybe(this::date))),
					number(), bool());
		}

		Decision decision() {
			List<RankedCandidate> candidates = new ArrayList<>();
			for (int c = random.nextInt(5); c >= 0; c--) {
				candidates.add(new RankedCandidate(text(), number(), of(RankedCandidate.Status.class), of(Tier.class),
						random.nextInt(), decimal(), text(), of(Location.class), bool(), findings(), approvals(),
						notifications(), number(), number()));
			}
			List<Comparison> comparisons = new ArrayList<>();
			for (int c = random.nextInt(4); c > 0; c--) {
				Map<String, Integer> weights = new LinkedHashMap<>();
				for (int w = random.nextInt(3); w > 0; w--) {
					weights.put(TEXTS[random.nextInt(TEXTS.length)], number());
				}
				comparisons.add(new Comparison(text(), text(), of(Comparison.DecidedBy.class), texts(), weights,
						maybe(() -> new Comparison.Costs(decimal(), decimal()))));
			}
			Map<String, RuleSummary> rules = new LinkedHashMap<>();
			for (int r = random.nextInt(4); r > 0; r--) {
				rules.put(TEXTS[random.nextInt(TEXTS.length)],
						new RuleSummary(text(), text(), of(Effect.class), text(), text(), of(Tier.class)));
			}
			return new Decision(text(), text(), maybe(this::date), text(), candidates, comparisons, List.of(),
					of(Ranking.Method.class), maybe(this::notifications), maybe(this::notifications),
					maybe(() -> rules));
		}

		List<Finding> findings() {
			List<Finding> findings = new ArrayList<>();
			for (int i = random.nextInt(4); i > 0; i--) {
				findings.add(new Finding(text(), of(Effect.class), number()));
			}
			return findings;
		}

		List<Approval> approvals() {
			List<Approval> approvals = new ArrayList<>();
			for (int i = random.nextInt(3); i > 0; i--) {
				approvals.add(new Approval(text(), of(Approver.class)));
			}
			return approvals;
		}

		List<Notification> notifications() {
			List<Notification> notifications = new ArrayList<>();
			for (int i = random.nextInt(3); i > 0; i--) {
				notifications.add(new Notification(text(), text(), text()));
			}
			return notifications;
		}

	}

}
