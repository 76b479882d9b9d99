package org.example.placement.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import org.example.placement.decision.AuthorityCode;
import org.example.placement.decision.Codes;
import org.example.placement.decision.ExplainedDecision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.IdempotencyKey;
import org.example.placement.decision.InvalidRequestException.FieldError;
import org.example.placement.decision.InvalidRequestException;
import org.example.placement.decision.RecordedDecision;
import org.example.placement.decision.RecordingDecider;
import org.example.placement.json.JsonPaths;
import org.example.placement.security.ClientAccess;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code POST /api/v1/placement-decisions}: ranks a child's candidate placements. A
 * missing {@code asOf} means today in England, so the body is validated here, after that
 * default is filled, rather than with {@code @Valid} (the record requires {@code asOf},
 * as a scenario or a replay must). The client must hold DECIDE
 * ({@code security.SecurityConfiguration}) and may decide only for its own responsible
 * authorities (403 otherwise); the caller the log records is its client id, never a
 * header. An {@code Idempotency-Key} header makes the request safe to retry: the key is
 * kept per client with the decision, and a retry with the same request gets that
 * decision. The answer is the compact decision, or with {@code ?explain=full} the same
 * decision with every sentence written out ({@link Explain}); the log records the compact
 * one either way, and the compact answer is the very bytes it recorded
 * ({@link RecordedDecision}), written once.
 */
@RestController
class DecisionController {

	static final String DECISIONS = "/api/v1/placement-decisions";

	// "today" for a service applying the law of England (and later Wales)
	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final RecordingDecider decider;

	private final Validator validator;

	private final Clock clock;

	DecisionController(RecordingDecider decider, Validator validator, Clock clock) {
		this.decider = decider;
		this.validator = validator;
		this.clock = clock;
	}

	/**
	 * Decides and records. The answer is JSON only, so a caller that accepts no JSON is
	 * told so ({@code 406}) before anything is decided or recorded.
	 */
	@PostMapping(path = DECISIONS, consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Object> decide(@RequestBody DecisionRequest request,
			@RequestHeader(name = IdempotencyKeyHeader.NAME, required = false) String idempotencyKey,
			@RequestParam(name = Explain.PARAM, required = false) String explain, Authentication client,
			HttpServletRequest http) {
		boolean full = Explain.full(explain);
		Optional<IdempotencyKey> key = IdempotencyKeyHeader.read(idempotencyKey);
		DecisionRequest dated = request.asOf() != null ? request
				: request.withAsOf(LocalDate.ofInstant(clock.instant(), LONDON));
		validate(dated);
		http.setAttribute(DecisionMeters.AUTHORITY, dated.responsibleAuthority());
		refuseWhatIsNotAPlacement(dated);
		if (!ClientAccess.of(client).mayActFor(dated.responsibleAuthority())) {
			throw new AccessDeniedException("this client may not decide for that responsible authority");
		}

		// a retry under the same key gets the first decision back: same id, same
		// Location, still 201
		RecordedDecision recorded = decider.decideAndRecord(dated, client.getName(), key);

		URI location = UriComponentsBuilder.fromPath(DECISIONS + "/{decisionId}")
			.buildAndExpand(recorded.decision().decisionId())
			.toUri();
		if (full) {
			return ResponseEntity.created(location).body(ExplainedDecision.of(recorded.decision()));
		}
		// the bytes the log recorded, written once for both
		return ResponseEntity.created(location).contentType(MediaType.APPLICATION_JSON).body(recorded.response());
	}

	/**
	 * A PLACE code that is not a placement under s22C (placed for adoption, custody, a
	 * temporary period) cannot be ranked: 422, naming the candidate and why. Only new
	 * requests pass here, so a logged decision that holds such a code still replays
	 * exactly under its archived ruleset.
	 */
	private static void refuseWhatIsNotAPlacement(DecisionRequest request) {
		boolean welsh = AuthorityCode.isWelsh(request.responsibleAuthority());
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < request.candidates().size(); i++) {
			Optional<String> refusal = Codes.refusal(Codes.PLACEMENT_TYPE, request.candidates().get(i).placementType(),
					welsh);
			if (refusal.isPresent()) {
				errors.add(new FieldError("candidates[" + i + "].placementType", refusal.get()));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

	private void validate(DecisionRequest request) {
		List<FieldError> errors = validator.validate(request)
			.stream()
			.map(v -> new FieldError(JsonPaths.of(v.getPropertyPath()), v.getMessage()))
			// violations come from a Set; sort them so the same request always gets the
			// same problem
			.sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
			.toList();
		if (!errors.isEmpty()) {
			throw new InvalidBodyException(errors);
		}
	}

}
