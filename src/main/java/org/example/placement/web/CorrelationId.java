package org.example.placement.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import jakarta.servlet.DispatcherType;

/**
 * One id per request, so an operator can find every log line of a request and a caller
 * can quote the id of a problem: the trace-id of a W3C {@code traceparent} header when
 * the caller sent a well-formed one (so the id matches the caller's own trace), otherwise
 * a new random one of the same shape (32 lower-case hex digits). A malformed
 * {@code traceparent} is never echoed: it is replaced. The id is in the logging MDC as
 * {@value #MDC_KEY} for the whole request (the JSON formats carry it as a field, the text
 * format in {@code logging.pattern.correlation}), in the {@value #HEADER} response header
 * of every response, and in every problem body ({@link ProblemAdvice}). Registered ahead
 * of Spring Security, so refused credentials carry it too.
 * <p>
 * It also logs one line per request when it is answered: method, path (never the query
 * string, which may hold a value) and status. Actuator requests (health probes) are not
 * logged.
 */
class CorrelationId extends OncePerRequestFilter {

	static final String MDC_KEY = "correlationId";

	static final String HEADER = "X-Correlation-Id";

	static final String TRACEPARENT = "traceparent";

	/**
	 * version-traceid-parentid-flags (W3C Trace Context level 1; a later version may
	 * append fields).
	 */
	private static final Pattern TRACEPARENT_FORMAT = Pattern
		.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");

	private static final String ATTRIBUTE = CorrelationId.class.getName();

	private static final Logger log = LoggerFactory.getLogger(CorrelationId.class);

	private static final SecureRandom random = new SecureRandom();

	/** The id of the request being handled on this thread, if any. */
	static @Nullable String current() {
		return MDC.get(MDC_KEY);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false; // an error page rendered for the request logs under, and answers
						// with, its id
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = request.getAttribute(ATTRIBUTE) instanceof String known ? known
				: fromTraceparent(request.getHeader(TRACEPARENT));
		request.setAttribute(ATTRIBUTE, id);
		response.setHeader(HEADER, id);
		String outer = MDC.get(MDC_KEY);
		MDC.put(MDC_KEY, id);
		long started = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (!isAsyncDispatch(request) && request.getDispatcherType() == DispatcherType.REQUEST
					&& !path(request).startsWith("/actuator/")) {
				log.info("{} {} answered {} in {} ms", request.getMethod(), path(request), response.getStatus(),
						(System.nanoTime() - started) / 1_000_000);
			}
			if (outer == null) {
				MDC.remove(MDC_KEY);
			}
			else {
				MDC.put(MDC_KEY, outer);
			}
		}
	}

	/** The trace-id of a well-formed {@code traceparent}, otherwise a new id. */
	static String fromTraceparent(@Nullable String traceparent) {
		if (traceparent != null && traceparent.length() <= 512) {
			Matcher parts = TRACEPARENT_FORMAT.matcher(traceparent.strip());
			if (parts.matches() && !parts.group(1).equals("ff")
					&& !(parts.group(1).equals("00") && parts.group(5) != null) && !isZero(parts.group(2))
					&& !isZero(parts.group(3))) {
				return parts.group(2);
			}
		}
		return generated();
	}

	private static String generated() {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static boolean isZero(String hex) {
		return hex.chars().allMatch(c -> c == '0');
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
