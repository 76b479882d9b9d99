package org.example.placement.web;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.example.placement.decision.DecisionLogUnavailableException;
import org.example.placement.decision.IdempotencyKeyInFlightException;
import org.example.placement.decision.IdempotencyKeyReusedException;
import org.example.placement.decision.InvalidRequestException.FieldError;
import org.example.placement.decision.InvalidRequestException;
import org.example.placement.json.JsonPaths;
import org.example.placement.ledger.TooManyToAnalyseException;
import org.example.placement.outcome.MalformedInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.http.MediaType;

/**
 * The one place errors become RFC 9457 problems ({@code application/problem+json}), each
 * with an {@code errors} list of {@code {field, message}} so a calling system can point
 * at the field. 400: the body is not a well-formed request (syntax, types, dates, codes,
 * constraints), or the {@code Idempotency-Key} header is malformed; 401: no credential or
 * a bad one ({@code WWW-Authenticate: Bearer}); 403: a role or responsible authority the
 * client lacks; 409: a request with the same {@code Idempotency-Key} is still being
 * decided; 413: a body over {@code placement.api.max-request-bytes}, refused before it is
 * read ({@link RequestSizeLimit}); 422: a well-formed request that cannot be decided
 * (unknown postcode, duplicate ref), or an {@code Idempotency-Key} reused for a different
 * request; 404/405/415 and the rest of Spring MVC's own errors keep their status;
 * anything else is a 500 with a generic message. Problems never echo the request's values
 * or a stack trace, and the request body is never logged: it describes a child. Every
 * problem carries the request's {@code correlationId} ({@link CorrelationId}), the id its
 * log lines carry.
 * <p>
 * 503 with {@code Retry-After}: the decision log is unavailable, or every permit for
 * large requests is taken ({@link LargeRequestPermits}); nothing was decided.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	static final String ERRORS = "errors";

	/**
	 * The request's {@link CorrelationId}, also in the {@code X-Correlation-Id} header,
	 * to quote to the operator.
	 */
	static final String CORRELATION_ID = "correlationId";

	/**
	 * Refused credentials and denied access, apart from the application's own log lines.
	 */
	private static final Logger securityEvents = LoggerFactory.getLogger("placement.security.events");

	@ExceptionHandler
	ProblemDetail invalidBody(InvalidBodyException ex) {
		return problem(HttpStatus.BAD_REQUEST, "The request body breaks the API contract", ex.errors());
	}

	@ExceptionHandler
	ProblemDetail malformed(MalformedInputException ex) {
		return ex.parameters()
				? problem(HttpStatus.BAD_REQUEST, "A request parameter is missing or out of range", ex.errors())
				: problem(HttpStatus.BAD_REQUEST, "The request body breaks the API contract", ex.errors());
	}

	@ExceptionHandler
	ProblemDetail tooLarge(RequestTooLargeException ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE,
				"The request body is larger than the limit of " + ex.maxBytes() + " bytes", List.of());
	}

	/** An impact whose window holds more decisions than one request re-runs: 400. */
	@ExceptionHandler
	ProblemDetail tooManyToAnalyse(TooManyToAnalyseException ex) {
		return problem(HttpStatus.BAD_REQUEST, "The impact asked for covers too many decisions",
				List.of(new FieldError("from", ex.getMessage()), new FieldError("to", ex.getMessage())));
	}

	/** Too many large requests at once ({@link LargeRequestPermits}); nothing decided. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooManyLarge(TooManyLargeRequestsException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Integer.toString(TooManyLargeRequestsException.RETRY_AFTER_SECONDS))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "As many requests over " + ex.largeBytes()
					+ " bytes as the service takes at once are being served, so this one was not read; retry later",
					List.of()));
	}

	@ExceptionHandler
	ProblemDetail undecidable(InvalidRequestException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "The request is well-formed but cannot be decided",
				ex.errors());
	}

	@ExceptionHandler
	ProblemDetail invalidParameter(InvalidParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, "A request parameter is missing or out of range", ex.errors());
	}

	@ExceptionHandler
	ProblemDetail invalidHeader(InvalidHeaderException ex) {
		return problem(HttpStatus.BAD_REQUEST, "A request header is malformed", List.of(ex.error()));
	}

	@ExceptionHandler
	ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT,
				"This Idempotency-Key was first used with a different request; use a new key for a new request",
				List.of(new FieldError(IdempotencyKeyHeader.NAME, "already used with a different request")));
	}

	@ExceptionHandler
	ProblemDetail idempotencyKeyInFlight(IdempotencyKeyInFlightException ex) {
		return problem(HttpStatus.CONFLICT,
				"A request with this Idempotency-Key is still being decided; retry once it has been answered",
				List.of(new FieldError(IdempotencyKeyHeader.NAME, "a request with this key is in flight")));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> logUnavailable(DecisionLogUnavailableException ex) {
		// no decision is returned unrecorded: the caller may retry once the log is back
		log.error("Decision log unavailable: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "30")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE,
					"The decision log is unavailable, so no decision was made or recorded; retry later", List.of()));
	}

	/**
	 * No credential, or one that is not valid (the security filters set
	 * {@code WWW-Authenticate}).
	 */
	@ExceptionHandler
	ProblemDetail unauthenticated(AuthenticationException ex, HttpServletRequest request,
			HttpServletResponse response) {
		// a security event (ASVS 7.2): what was asked and from where; never the
		// credential or the query
		securityEvents.warn("Authentication refused for {} {} from {} ({})", request.getMethod(),
				request.getRequestURI(), request.getRemoteAddr(), ex.getClass().getSimpleName());
		if (!response.containsHeader(HttpHeaders.WWW_AUTHENTICATE)) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		return problem(HttpStatus.UNAUTHORIZED,
				"A valid credential is required: send Authorization: Bearer <API key or access token>", List.of());
	}

	/**
	 * A role or a responsible authority the client lacks; says which kind, never what
	 * exists.
	 */
	@ExceptionHandler
	ProblemDetail forbidden(AccessDeniedException ex, HttpServletRequest request) {
		Principal client = request.getUserPrincipal();
		securityEvents.warn("Access denied to client {} for {} {}", client == null ? "(none)" : client.getName(),
				request.getMethod(), request.getRequestURI());
		return problem(HttpStatus.FORBIDDEN,
				"This client may not do this: it lacks the role, or may not act for the responsible authority",
				List.of());
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex, HttpServletRequest request) {
		// the exception only: the body and parameters may identify a child
		log.error("Unexpected failure handling {} {}", request.getMethod(), request.getRequestURI(), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The service failed unexpectedly; the failure has been logged",
				List.of());
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "The request body could not be read as a request",
				List.of(ReadErrors.of(ex)));
		return handleExceptionInternal(ex, body, headers, status, request);
	}

	/**
	 * A request parameter out of the range its Bean Validation constraints declare (a
	 * listing's {@code page} or {@code size}): 400 naming each parameter.
	 */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldError(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
			.toList();
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, Paging.OUT_OF_RANGE, errors);
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ex.getPropertyName() == null ? JsonPaths.ROOT : ex.getPropertyName();
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "A request parameter has the wrong format",
				List.of(new FieldError(field, ReadErrors.expected(ex.getRequiredType()))));
		return handleExceptionInternal(ex, body, headers, status, request);
	}

	/** Every problem carries {@code errors}, empty when no single field is at fault. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			if (problem.getProperties() == null || !problem.getProperties().containsKey(ERRORS)) {
				problem.setProperty(ERRORS, List.of());
			}
			withCorrelationId(problem);
		}
		return response;
	}

	private static ProblemDetail problem(HttpStatus status, String detail, List<FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty(ERRORS, errors);
		return withCorrelationId(problem);
	}

	private static ProblemDetail withCorrelationId(ProblemDetail problem) {
		String id = CorrelationId.current();
		if (id != null) {
			problem.setProperty(CORRELATION_ID, id);
		}
		return problem;
	}

}
