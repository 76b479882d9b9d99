package org.example.placement.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Bounds the memory large requests to {@code /api/**} can take together (issue 12 item
 * 6): a body over {@code placement.api.large-request-bytes} (about 1,700 candidates at
 * the default), or one whose length is not declared (chunked), is read, decided, recorded
 * and answered only while it holds one of {@code placement.api.large-requests-at-once}
 * permits. One that cannot have a permit within {@code placement.api.large-request-wait}
 * is answered {@code 503} with {@code Retry-After}, its body unread. Without this, a few
 * 5,000-candidate decisions at once (each holds its body, its facts, its answer and its
 * log record, tens of MB at the peak) could exhaust a heap that the ordinary traffic fits
 * in many times over; with it, the heap they need is bounded whatever the clients do.
 * Smaller requests never wait here.
 * <p>
 * A request for the full shape ({@code ?explain=full}, {@link Explain}) is weighed at
 * {@value #FULL_WEIGHT} times its length: its answer repeats every rule's title, citation
 * and sentence for each finding, 4.3 times the compact answer's bytes at 1 x 50 (README
 * "Measured"), so it holds that much more while it is answered.
 * <p>
 * Runs after Spring Security (a client without a credential takes no permit) and before
 * {@link RequestSizeLimit}, which reads the body.
 */
class LargeRequestPermits extends OncePerRequestFilter {

	private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

	/** How many times its length a request for the full shape is weighed. */
	static final int FULL_WEIGHT = 5;

	private final LargeWork large;

	private final ObjectProvider<HandlerExceptionResolver> problems;

	LargeRequestPermits(LargeWork large, ObjectProvider<HandlerExceptionResolver> problems) {
		this.large = large;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!WITH_BODY.contains(request.getMethod())) {
			return true;
		}
		long length = request.getContentLengthLong();
		if (length < 0) {
			// in HTTP/1, with neither a length nor a transfer coding there is no body at
			// all; in HTTP/2 a body need declare neither
			return request.getProtocol().startsWith("HTTP/1.")
					&& request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null;
		}
		return !large.isLarge(full(request) ? length * FULL_WEIGHT : length);
	}

	/**
	 * Whether the query string asks for the full shape; read from the query string
	 * itself, never through {@code getParameter}, which would read a form-encoded body.
	 */
	private static boolean full(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null) {
			return false;
		}
		List<String> explain = UriComponentsBuilder.newInstance()
			.query(query)
			.build()
			.getQueryParams()
			.getOrDefault(Explain.PARAM, List.of());
		return explain.stream()
			.anyMatch((value) -> Explain.FULL.equals(UriUtils.decode(value, StandardCharsets.UTF_8)));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			large.take();
		}
		catch (TooManyLargeRequestsException busy) {
			if (problems.getObject().resolveException(request, response, null, busy) == null) {
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			}
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			large.give();
		}
	}

}
