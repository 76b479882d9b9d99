package org.example.placement.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.example.placement.geography.Authorities;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Meters every {@code POST /api/v1/placement-decisions}, ahead of Spring Security so
 * refusals there (401, 403, 413) count too: {@code placement.decisions} by
 * {@code authority} and {@code outcome}, and the time to answer by {@code outcome}:
 * {@code placement.decision.latency} as a histogram (aggregated across replicas with
 * {@code histogram_quantile}) and {@code placement.decision.latency.percentiles} with
 * this instance's p50 and p99 (the Prometheus format cannot carry both under one name).
 * The outcome is read from the status answered: {@code recorded} (201), {@code refused}
 * (4xx), {@code log_unavailable} (503) or {@code error} (any other). The authority tag is
 * the responsible authority once the controller has read a valid request and only when it
 * is one of the closed set of ONS codes the geography holds; otherwise {@code unknown}
 * (request not read) or {@code other}, so a caller cannot grow the tag values.
 */
final class DecisionMeters extends OncePerRequestFilter {

	/**
	 * Set by {@link DecisionController} to the responsible authority of a request it has
	 * read.
	 */
	static final String AUTHORITY = DecisionMeters.class.getName() + ".authority";

	private final MeterRegistry registry;

	private final Predicate<String> authorities;

	// the meters by their tags, looked up once each rather than built and registered for
	// every request: as many as the closed sets of authority codes and outcomes allow
	private final Map<String, Counter> decisions = new ConcurrentHashMap<>();

	private final Map<String, List<Timer>> latencies = new ConcurrentHashMap<>();

	/**
	 * {@code authorities}: the closed set of codes that may be tags
	 * ({@link Authorities#isAuthority}).
	 */
	DecisionMeters(MeterRegistry registry, Predicate<String> authorities) {
		this.registry = registry;
		this.authorities = authorities;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		int status = 500;
		try {
			chain.doFilter(request, response);
			status = response.getStatus();
		}
		finally {
			String outcome = outcome(status);
			String authority = authority(request.getAttribute(AUTHORITY));
			decisions.computeIfAbsent(authority + " " + outcome, (key) -> counter(authority, outcome)).increment();
			long took = System.nanoTime() - start;
			for (Timer timer : latencies.computeIfAbsent(outcome, this::timers)) {
				timer.record(took, TimeUnit.NANOSECONDS);
			}
		}
	}

	private Counter counter(String authority, String outcome) {
		return Counter.builder("placement.decisions")
			.description("Decision requests answered, by responsible authority and outcome")
			.tag("authority", authority)
			.tag("outcome", outcome)
			.register(registry);
	}

	private List<Timer> timers(String outcome) {
		return List.of(
				Timer.builder("placement.decision.latency")
					.description("Time to answer a decision request, recording included, by outcome (histogram)")
					.tag("outcome", outcome)
					.publishPercentileHistogram()
					.register(registry),
				Timer.builder("placement.decision.latency.percentiles")
					.description("p50 and p99 of the time to answer a decision request on this instance, by outcome")
					.tag("outcome", outcome)
					.publishPercentiles(0.5, 0.99)
					.register(registry));
	}

	private String authority(Object code) {
		if (code == null) {
			return "unknown";
		}
		return authorities.test(code.toString()) ? code.toString() : "other";
	}

	static String outcome(int status) {
		if (status == 201) {
			return "recorded";
		}
		if (status == 503) {
			return "log_unavailable";
		}
		return status >= 400 && status < 500 ? "refused" : "error";
	}

}
