package org.example.placement.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Bounds the memory large requests to {@code /api/**} can take together (issue 12 item
 * 6): a body over {@code placement.api.large-request-bytes} (about 1,700 candidates at
 * the default), or one whose length is not declared, is read, decided, recorded and
 * answered only while it holds one of {@code placement.api.large-requests-at-once}
 * permits. One that cannot have a permit within {@code placement.api.large-request-wait}
 * is answered {@code 503} with {@code Retry-After}, its body unread. Without this, a few
 * 5,000-candidate decisions at once (each holds its body, its facts, its answer and its
 * log record, tens of MB at the peak) could exhaust a heap that the ordinary traffic fits
 * in many times over; with it, the heap they need is bounded whatever the clients do.
 * Smaller requests never wait here.
 * <p>
 * Runs after Spring Security (a client without a credential takes no permit) and before
 * {@link RequestSizeLimit}, which reads the body.
 */
class LargeRequestPermits extends OncePerRequestFilter {

	private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

	private final long largeBytes;

	private final Semaphore permits;

	private final Duration wait;

	private final ObjectProvider<HandlerExceptionResolver> problems;

	LargeRequestPermits(long largeBytes, int atOnce, Duration wait, ObjectProvider<HandlerExceptionResolver> problems) {
		this.largeBytes = largeBytes;
		this.permits = new Semaphore(atOnce, true);
		this.wait = wait;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!WITH_BODY.contains(request.getMethod())) {
			return true;
		}
		long length = request.getContentLengthLong();
		return length >= 0 && length <= largeBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean permitted;
		try {
			permitted = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			permitted = false;
		}
		if (!permitted) {
			TooManyLargeRequestsException busy = new TooManyLargeRequestsException(largeBytes);
			if (problems.getObject().resolveException(request, response, null, busy) == null) {
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			}
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			permits.release();
		}
	}

}
