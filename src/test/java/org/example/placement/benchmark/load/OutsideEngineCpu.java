package org.example.placement.benchmark.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.example.placement.benchmark.BenchmarkData;
import org.example.placement.benchmark.ThreadCpu;
import org.example.placement.decision.Candidate;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Evaluation;
import org.example.placement.decision.Geography;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.Ranking;
import org.example.placement.decision.Sha256;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.geography.Geographies;
import org.example.placement.json.StrictJson;
import org.example.placement.ledger.LedgerWork;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CPU time of this thread for what a decision request costs outside the rules and
 * outside the log (issue 12 item 3): reading the 1 x 50 and 1 x 1,000 load-benchmark
 * bodies into a {@link DecisionRequest} (the service's strict mapper), validating them
 * (Hibernate Validator), and {@code PlacementDecider.decide} with the rules' evaluation
 * replayed from one made beforehand, so what is measured is locating the candidates in
 * the ONS geography, ranking, comparing and presenting; with a digest of the decision's
 * JSON, so a change shows it decides the same. Not JMH and not a test: run with
 * {@code ./mvnw -o -Pbenchmark test-compile exec:exec
 * -Djmh.main=org.example.placement.benchmark.load.OutsideEngineCpu -Djmh.args="<warm-up s> <calls>"}.
 */
public final class OutsideEngineCpu {

	private OutsideEngineCpu() {
	}

	public static void main(String[] args) throws Exception {
		BenchmarkData.quietLogging();
		int warmup = BenchmarkData.intArg(args, 0, 10);
		int calls = BenchmarkData.intArg(args, 1, 2000);
		JsonMapper mapper = StrictJson.mapper();
		Geography geography = Geographies.ons();
		DroolsRuleEngine engine = new DroolsRuleEngine(Path.of(System.getProperty("placement.rules", "rules")),
				BuildMode.MVEL, Clock.systemUTC());
		try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
			Validator validator = factory.getValidator();
			PostcodeRequests requests = PostcodeRequests.shipped();
			for (int size : new int[] { 50, 1000 }) {
				byte[] body = requests.bodies(1, size).get(0).getBytes(StandardCharsets.UTF_8);
				DecisionRequest request = mapper.readValue(body, DecisionRequest.class);
				Evaluation[] evaluated = new Evaluation[1];
				new PlacementDecider(
						(situation, child, candidates) -> evaluated[0] = engine.evaluate(situation, child, candidates),
						geography)
					.decide(request, "fixed", Ranking.Method.STATUTORY_FIRST);
				Evaluation evaluation = evaluated[0];
				PlacementDecider decider = new PlacementDecider((situation, child, candidates) -> evaluation,
						geography);
				Supplier<Object> read = () -> mapper.readValue(body, DecisionRequest.class);
				Supplier<Object> validate = () -> validator.validate(request);
				Supplier<Object> decide = () -> decider.decide(request, "fixed", Ranking.Method.STATUTORY_FIRST);
				List<Supplier<Object>> all = List.of(read, validate, decide);
				long end = System.nanoTime() + warmup * 1_000_000_000L;
				while (System.nanoTime() < end) {
					all.forEach(Supplier::get);
				}
				int n = size >= 1000 ? Math.max(20, calls / 20) : calls;
				String digest = Sha256.of(mapper.writeValueAsString(decide.get()));
				System.out.printf("x%d read %s; validate %s; decide without evaluate %s; decision %s%n", size,
						cpu(read, n), cpu(validate, n), cpu(decide, n),
						digest.substring(Sha256.PREFIX.length(), Sha256.PREFIX.length() + 16));
				texts(request, decider.decide(request, "fixed", Ranking.Method.STATUTORY_FIRST), size, n);
				locating(geography, request, size, n);
			}
		}
		engine.close();
	}

	/** The log's texts of the decision, written on the request thread. */
	private static void texts(DecisionRequest request, Decision decision, int size, int n) {
		System.out.printf("x%d answer's text %s; request's text %s; fired rules' text %s%n", size,
				cpu(() -> LedgerWork.response(decision), n), cpu(() -> LedgerWork.request(request), n),
				cpu(() -> LedgerWork.fired(decision), n));
	}

	/**
	 * Locating the candidates as {@code decide} did before {@code Geography.locateAll}
	 * (each candidate's postcode checked, then each located from the home postcode) and
	 * as it does now, in turns, with whether they give the same candidates.
	 */
	private static void locating(Geography geography, DecisionRequest request, int size, int n) {
		Geography eachOnItsOwn = new Geography() {

			@Override
			public Optional<String> authorityOf(String postcode) {
				return geography.authorityOf(postcode);
			}

			@Override
			public Candidate locate(Candidate candidate, String homePostcode, String responsibleAuthority) {
				return geography.locate(candidate, homePostcode, responsibleAuthority);
			}

		};
		String home = request.child().homePostcode();
		String authority = request.responsibleAuthority();
		List<Supplier<Object>> ways = List.of(() -> eachOnItsOwn.locateAll(request.candidates(), home, authority),
				() -> geography.locateAll(request.candidates(), home, authority));
		StringBuilder turns = new StringBuilder();
		for (int turn = 0; turn < 3; turn++) {
			turns.append(String.format(" %s / %s;", cpu(ways.get(0), n), cpu(ways.get(1), n)));
		}
		System.out.printf("x%d locating, each on its own / all at once:%s the same %s%n", size, turns,
				ways.get(0).get().equals(ways.get(1).get()));
	}

	private static String cpu(Supplier<Object> call, int n) {
		ThreadCpu cpu = ThreadCpu.of(call, n);
		return String.format("%.1f us (p50 %.1f; %.0f KB allocated)", cpu.meanNanos() / 1e3, cpu.p50Nanos() / 1e3,
				cpu.meanAllocatedBytes() / 1e3);
	}

}
