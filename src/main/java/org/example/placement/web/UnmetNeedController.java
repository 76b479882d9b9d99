package org.example.placement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.example.placement.decision.AuthorityCode;
import org.example.placement.decision.InvalidRequestException.FieldError;
import org.example.placement.sufficiency.UnmetNeed;
import org.example.placement.sufficiency.UnmetNeedLog;
import org.example.placement.security.ClientAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/sufficiency/unmet-need?authority=&from=&to=}: over the decision log,
 * by quarter and need group, the decisions where no place within the area was eligible
 * (issue 13, Children Act 1989 s22G), for auditors (role AUDIT) of that authority only.
 * {@code from} and {@code to} are as-of dates, both inclusive, at most ten years apart.
 * The decisions counted are recorded in the access log (kind {@code UNMET_NEED}) before
 * the report is served, as every read of a decision is ({@link UnmetNeedLog}).
 */
@RestController
class UnmetNeedController {

	static final String UNMET_NEED = "/api/v1/sufficiency/unmet-need";

	static final int MAX_YEARS = 10;

	private final UnmetNeedLog decisions;

	UnmetNeedController(UnmetNeedLog decisions) {
		this.decisions = decisions;
	}

	@GetMapping(UNMET_NEED)
	UnmetNeed report(@RequestParam(required = false) @Nullable String authority,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Authentication reader) {
		check(authority, from, to);
		if (!ClientAccess.of(reader).mayActFor(authority)) {
			throw new AccessDeniedException("this client may not read that responsible authority's decisions");
		}
		return decisions.read(authority, from, to, null, reader.getName()).report();
	}

	private static void check(@Nullable String authority, @Nullable LocalDate from, @Nullable LocalDate to) {
		List<FieldError> errors = new ArrayList<>();
		if (AuthorityCode.parse(authority).isEmpty()) {
			errors.add(new FieldError("authority", "is required: " + AuthorityCode.MESSAGE));
		}
		if (from == null) {
			errors.add(new FieldError("from", "is required: the first as-of date, yyyy-mm-dd"));
		}
		if (to == null) {
			errors.add(new FieldError("to", "is required: the last as-of date (inclusive), yyyy-mm-dd"));
		}
		else if (from != null && to.isBefore(from)) {
			errors.add(new FieldError("to", "is before from"));
		}
		else if (from != null && to.isAfter(from.plusYears(MAX_YEARS))) {
			errors.add(new FieldError("to", "is more than " + MAX_YEARS + " years after from"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidParameterException(errors);
		}
	}

}
