package org.example.placement.decision;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What was actually chosen after a decision: the candidate placed ({@code chosenRef}, one
 * of the decision's), the reason when it is not the first-ranked eligible candidate
 * ({@link OutcomeCheck}), who decided (a pseudonymous staff reference, never a name) and
 * on what date. {@code reason} is free text about a child: it is kept in the decision log
 * and shown to those who may read the decision, and never written to application logs.
 */
public record Outcome(
		@NotBlank @Size(max = 64) @Pattern(regexp = Codes.REF, message = Codes.REF_MESSAGE) String chosenRef,
		@Nullable ReasonCode reasonCode,
		@Nullable @Size(max = Outcome.MAX_REASON, message = Outcome.REASON_MESSAGE) String reason,
		@NotNull @Pattern(regexp = Outcome.STAFF_REF, message = Outcome.STAFF_REF_MESSAGE) String decidedBy,
		@NotNull LocalDate decidedOn) {

	/** The longest free-text reason, in characters. */
	public static final int MAX_REASON = 2000;

	static final String REASON_MESSAGE = "must be at most 2000 characters";

	/**
	 * A staff reference: capital letters and digits in up to four hyphenated parts, 3 to
	 * 32 characters, with at least one digit ({@code SW-10472}), so a name cannot pass.
	 */
	public static final String STAFF_REF = "(?=.{3,32}$)(?=[^0-9]*[0-9])[A-Z0-9]+(-[A-Z0-9]+){0,3}";

	static final String STAFF_REF_MESSAGE = "must be a pseudonymous staff reference such as SW-10472 "
			+ "(capital letters, digits and hyphens, at least one digit), not a name";

	/** Whether a free-text reason was given (not blank). */
	public boolean hasReason() {
		return reason != null && !reason.isBlank();
	}

}
