package org.example.placement.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.example.placement.decision.Candidate;
import org.example.placement.decision.Child;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidatorConfiguration;
import org.example.placement.benchmark.load.PostcodeRequests;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.json.StrictJson;
import org.example.placement.web.PatternMatchedFirst;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CPU time of this thread for validating the load benchmark's 1 x 50 and 1 x 1,000
 * request bodies (Hibernate Validator), with Hibernate Validator's defaults and as the
 * service configures it ({@code @Pattern} matched first, {@link PatternMatchedFirst}),
 * alternating in one JVM so other processes' load weighs on both alike. Not JMH and not a
 * test: {@code ./mvnw -o -Pbenchmark test-compile exec:exec
 * -Djmh.main=org.example.placement.benchmark.ValidationCpu -Djmh.args="<warm-up s> <calls> <turns>"}
 * (default 20 4000 5).
 */
public final class ValidationCpu {

	private ValidationCpu() {
	}

	public static void main(String[] args) throws Exception {
		BenchmarkData.quietLogging();
		int warmup = BenchmarkData.intArg(args, 0, 20);
		int calls = BenchmarkData.intArg(args, 1, 4000);
		int turns = BenchmarkData.intArg(args, 2, 5);
		JsonMapper mapper = StrictJson.mapper();
		HibernateValidatorConfiguration configured = Validation.byProvider(HibernateValidator.class).configure();
		PatternMatchedFirst.register(configured);
		PredefinedScopeHibernateValidatorConfiguration predefined = Validation
			.byProvider(PredefinedScopeHibernateValidator.class)
			.configure()
			.builtinConstraints(Set.of(NotNull.class.getName(), NotBlank.class.getName(), NotEmpty.class.getName(),
					Size.class.getName(), Pattern.class.getName(), Min.class.getName(), Max.class.getName(),
					DecimalMin.class.getName(), AssertFalse.class.getName(), Past.class.getName(),
					Null.class.getName()))
			.initializeBeanMetaData(Set.of(DecisionRequest.class, Child.class, Child.School.class, Candidate.class,
					Candidate.ApprovalTerms.class, Candidate.TemporaryApproval.class));
		PatternMatchedFirst.register(predefined);
		try (ValidatorFactory scoped = predefined.buildValidatorFactory();
				ValidatorFactory defaults = Validation.buildDefaultValidatorFactory();
				ValidatorFactory service = configured.buildValidatorFactory()) {
			Map<String, Validator> validators = Map.of("defaults", defaults.getValidator(), "service",
					service.getValidator(), "predefined", scoped.getValidator());
			for (int size : new int[] { 50, 1000 }) {
				List<DecisionRequest> requests = new ArrayList<>();
				for (String body : PostcodeRequests.shipped().bodies(size >= 1000 ? 4 : 16, size)) {
					requests.add(mapper.readValue(body.getBytes(StandardCharsets.UTF_8), DecisionRequest.class));
				}
				int[] next = { 0 };
				Map<String, Supplier<Object>> ways = new TreeMap<>();
				validators.forEach((name, validator) -> ways.put(name,
						() -> validator.validate(requests.get(next[0]++ % requests.size()))));
				long end = System.nanoTime() + warmup * 1_000_000_000L;
				while (System.nanoTime() < end) {
					ways.values().forEach(Supplier::get);
				}
				int n = size >= 1000 ? Math.max(20, calls / 20) : calls;
				for (int turn = 1; turn <= turns; turn++) {
					StringBuilder line = new StringBuilder("x" + size + " turn " + turn + ":");
					List<String> order = new ArrayList<>(ways.keySet());
					if (turn % 2 == 0) {
						Collections.reverse(order);
					}
					for (String name : order) {
						ThreadCpu cpu = ThreadCpu.of(ways.get(name), n);
						line.append(String.format(" %s %.1f us (p50 %.1f; %.1f KB);", name, cpu.meanNanos() / 1e3,
								cpu.p50Nanos() / 1e3, cpu.meanAllocatedBytes() / 1e3));
					}
					System.out.println(line);
				}
			}
		}
	}

}
