package org.example.placement.benchmark.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.example.placement.benchmark.BenchmarkData;
import org.example.placement.benchmark.ThreadCpu;
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
		int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 10;
		int calls = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
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
			}
		}
		engine.close();
	}

	private static String cpu(Supplier<Object> call, int n) {
		ThreadCpu cpu = ThreadCpu.of(call, n);
		return String.format("%.1f us (p50 %.1f; %.0f KB allocated)", cpu.meanNanos() / 1e3, cpu.p50Nanos() / 1e3,
				cpu.meanAllocatedBytes() / 1e3);
	}

}
