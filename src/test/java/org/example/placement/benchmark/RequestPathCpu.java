package org.example.placement.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.example.placement.benchmark.load.PostcodeRequests;
import org.example.placement.decision.Candidate;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Evaluation;
import org.example.placement.decision.Geography;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.Ranking;
import org.example.placement.decision.Sha256;
import org.example.placement.decision.Situation;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.geography.Geographies;
import org.example.placement.json.StrictJson;
import org.example.placement.ledger.LedgerWork;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CPU time of this thread for what a decision request costs the request thread
 * outside Drools' {@code evaluate} and outside HTTP, 1 x 50 and 1 x 1,000 (the load
 * benchmark's bodies, real postcodes): reading the body (the service's strict mapper),
 * validating it (Hibernate Validator), {@code decide} with each request's evaluation
 * replayed from one made beforehand (locating, ranking, comparing, presenting), and the
 * log's work on the request thread (the three texts, their compression, the sufficiency
 * record and the meters, as the service's metered log does them) without the append; then
 * all four as one call, and {@code evaluate} alone for scale. Warm (the JIT needs some
 * 20,000 calls), per-thread CPU ({@link ThreadCpu}), in turns, with digests of the
 * answer's and the texts' bytes so a change shows it writes the same. Not JMH and not a
 * test: {@code ./mvnw -o -Pbenchmark test-compile exec:exec
 * -Djmh.main=org.example.placement.benchmark.RequestPathCpu -Djmh.args="<warm-up s> <calls> <turns>"}
 * (default 30 2000 3).
 */
public final class RequestPathCpu {

	private RequestPathCpu() {
	}

	public static void main(String[] args) throws Exception {
		BenchmarkData.quietLogging();
		int warmup = BenchmarkData.intArg(args, 0, 30);
		int calls = BenchmarkData.intArg(args, 1, 2000);
		int turns = BenchmarkData.intArg(args, 2, 3);
		JsonMapper mapper = StrictJson.mapper();
		Geography geography = Geographies.ons();
		DroolsRuleEngine engine = new DroolsRuleEngine(BenchmarkData.rulesDir(), BuildMode.MVEL, Clock.systemUTC());
		DecisionLog log = LedgerWork.withoutWriting(new SimpleMeterRegistry());
		try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
			Validator validator = factory.getValidator();
			for (int size : new int[] { 50, 1000 }) {
				List<Call> requests = new ArrayList<>();
				for (String body : PostcodeRequests.shipped().bodies(size >= 1000 ? 4 : 16, size)) {
					requests.add(Call.of(body.getBytes(StandardCharsets.UTF_8), mapper, engine, geography));
				}
				int[] next = { 0 };
				Supplier<Call> each = () -> requests.get(next[0]++ % requests.size());
				Supplier<Object> read = () -> mapper.readValue(each.get().body(), DecisionRequest.class);
				Supplier<Object> validate = () -> validator.validate(each.get().request());
				Supplier<Object> decide = () -> each.get().decide();
				Supplier<Object> record = () -> each.get().record(log);
				Supplier<Object> all = () -> {
					Call call = each.get();
					DecisionRequest request = mapper.readValue(call.body(), DecisionRequest.class);
					validator.validate(request);
					return log.record(request, call.decider().decide(request, "fixed", Ranking.Method.STATUTORY_FIRST),
							"caller");
				};
				Supplier<Object> evaluate = () -> each.get().evaluate(engine);
				List<Supplier<Object>> ways = List.of(read, validate, decide, record, all, evaluate);
				long end = System.nanoTime() + warmup * 1_000_000_000L;
				while (System.nanoTime() < end) {
					ways.forEach(Supplier::get);
				}
				int n = size >= 1000 ? Math.max(20, calls / 20) : calls;
				for (int turn = 1; turn <= turns; turn++) {
					System.out.printf(
							"x%d turn %d: read %s; validate %s; decide without evaluate %s; log without append %s; all outside evaluate %s; evaluate %s%n",
							size, turn, cpu(read, n), cpu(validate, n), cpu(decide, n), cpu(record, n), cpu(all, n),
							cpu(evaluate, n / 4));
				}
				Call first = requests.get(0);
				Decision decision = first.decide();
				Object texts = LedgerWork.texts(first.request(), decision);
				DecisionLog meters = LedgerWork.metersOnly(new SimpleMeterRegistry());
				System.out.printf(
						"x%d the log's parts: answer's text %s; request's %s; fired rules' %s; compressing %s; the three texts %s; meters %s%n",
						size, cpu(() -> LedgerWork.response(decision), n),
						cpu(() -> LedgerWork.request(first.request()), n), cpu(() -> LedgerWork.fired(decision), n),
						cpu(() -> LedgerWork.payload(texts), n),
						cpu(() -> LedgerWork.texts(first.request(), decision), n),
						cpu(() -> meters.record(first.request(), decision, "caller"), n));
				byte[][] bytes = LedgerWork.bytes(texts);
				System.out.printf("x%d digests: answers %s, texts %s; bytes: request %d, answer %d, fired rules %d%n",
						size, digest(requests, log, false), digest(requests, log, true), bytes[0].length,
						bytes[1].length, bytes[2].length);
			}
		}
		engine.close();
	}

	/** A digest of every request's answer bytes, or of all three of its texts. */
	private static String digest(List<Call> requests, DecisionLog log, boolean texts) {
		StringBuilder all = new StringBuilder();
		for (Call call : requests) {
			Decision decision = call.decide();
			all.append(Sha256.of(log.record(call.request(), decision, "caller").response()));
			if (texts) {
				for (byte[] text : LedgerWork.bytes(LedgerWork.texts(call.request(), decision))) {
					all.append(Sha256.of(text));
				}
			}
		}
		return Sha256.of(all.toString()).substring(Sha256.PREFIX.length(), Sha256.PREFIX.length() + 16);
	}

	private static String cpu(Supplier<Object> call, int n) {
		ThreadCpu cpu = ThreadCpu.of(call, n);
		return String.format("%.1f us (p50 %.1f; %.0f KB)", cpu.meanNanos() / 1e3, cpu.p50Nanos() / 1e3,
				cpu.meanAllocatedBytes() / 1e3);
	}

	/**
	 * One benchmark body, the request read from it, and a decider that replays the
	 * request's own evaluation instead of evaluating.
	 */
	private record Call(byte[] body, DecisionRequest request, PlacementDecider decider, Situation situation,
			List<Candidate> located, Decision decision) {

		static Call of(byte[] body, JsonMapper mapper, DroolsRuleEngine engine, Geography geography) {
			DecisionRequest request = mapper.readValue(body, DecisionRequest.class);
			Evaluation[] evaluated = new Evaluation[1];
			Situation[] situations = new Situation[1];
			List<List<Candidate>> located = new ArrayList<>();
			new PlacementDecider((situation, child, candidates) -> {
				situations[0] = situation;
				located.add(candidates);
				return evaluated[0] = engine.evaluate(situation, child, candidates);
			}, geography).decide(request, "fixed", Ranking.Method.STATUTORY_FIRST);
			Evaluation evaluation = evaluated[0];
			PlacementDecider decider = new PlacementDecider((situation, child, candidates) -> evaluation, geography);
			return new Call(body, request, decider, situations[0], located.get(0),
					decider.decide(request, "fixed", Ranking.Method.STATUTORY_FIRST));
		}

		Decision decide() {
			return decider.decide(request, "fixed", Ranking.Method.STATUTORY_FIRST);
		}

		/** The log's work on this request's decision, decided beforehand. */
		Object record(DecisionLog log) {
			return log.record(request, decision, "caller");
		}

		/**
		 * Drools alone, on the situation and located candidates this request's decide
		 * gave it.
		 */
		Object evaluate(DroolsRuleEngine engine) {
			return engine.evaluate(situation, request.child(), located);
		}

	}

}
