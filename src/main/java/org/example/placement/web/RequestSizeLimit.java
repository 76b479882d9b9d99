package org.example.placement.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses a request body to {@code /api/**} over {@code placement.api.max-request-bytes}
 * with {@code 413}, before anything parses it. A declared {@code Content-Length} over the
 * limit is refused without reading the body; otherwise, and always for a chunked body
 * (which has no length, and which Tomcat's own limits do not cover), at most one byte
 * more than the limit is read, and the request goes on with the bytes read only when they
 * are within it.
 * <p>
 * The problem itself is written by {@link ProblemAdvice}, reached through Spring MVC's
 * exception resolvers, so a 413 looks like every other problem.
 */
class RequestSizeLimit extends OncePerRequestFilter {

	private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

	private final int maxBytes;

	private final long maxAssessmentBytes;

	private final ObjectProvider<HandlerExceptionResolver> problems;

	RequestSizeLimit(long maxBytes, long maxAssessmentBytes, ObjectProvider<HandlerExceptionResolver> problems) {
		this.maxBytes = Math.toIntExact(maxBytes);
		this.maxAssessmentBytes = maxAssessmentBytes;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !WITH_BODY.contains(request.getMethod()) || !path.startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (assessment(request)) {
			// a multipart upload is parsed by the container from its own stream, so it is
			// not buffered here: its declared length is checked, and the multipart limits
			// (set to the same figure) stop one sent without a length
			if (request.getContentLengthLong() > maxAssessmentBytes) {
				refuse(request, response, maxAssessmentBytes);
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > maxBytes) {
			refuse(request, response);
			return;
		}
		byte[] body = read(request.getInputStream(), request.getContentLengthLong());
		if (body.length > maxBytes) {
			refuse(request, response);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	/**
	 * At most one byte over the limit: into an array of the declared length when there is
	 * one (no chunks gathered and copied), and on beyond it if the body is longer.
	 */
	private byte[] read(InputStream in, long declared) throws IOException {
		if (declared < 0) {
			return in.readNBytes(maxBytes + 1);
		}
		byte[] body = new byte[(int) declared];
		int read = in.readNBytes(body, 0, body.length);
		if (read < body.length) {
			return Arrays.copyOf(body, read);
		}
		int next = in.read();
		if (next < 0) {
			return body;
		}
		ByteArrayOutputStream longer = new ByteArrayOutputStream();
		longer.write(body);
		longer.write(next);
		longer.write(in.readNBytes(maxBytes - body.length));
		return longer.toByteArray();
	}

	private static boolean assessment(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(SufficiencyController.ASSESSMENTS) && request.getContentType() != null
				&& request.getContentType().startsWith("multipart/");
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		refuse(request, response, maxBytes);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
		RequestTooLargeException tooLarge = new RequestTooLargeException(limit);
		if (problems.getObject().resolveException(request, response, null, tooLarge) == null) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		}
	}

	/** The request with its body already read, within the limit. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body has already been read");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

	}

}
