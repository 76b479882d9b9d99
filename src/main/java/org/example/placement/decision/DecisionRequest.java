package org.example.placement.decision;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request to rank candidate placements for one child, as the law and policy stood on
 * {@code asOf}. This is the body of {@code POST /api/v1/placement-decisions} and the
 * {@code given} of a scenario file. Fields only the Welsh rules read are refused for an
 * English authority ({@link WelshOnlyFields}).
 */
@WelshOnlyFields
public record DecisionRequest(@NotNull LocalDate asOf,
		@NotNull @Pattern(regexp = AuthorityCode.PATTERN, message = AuthorityCode.MESSAGE) String responsibleAuthority,
		boolean emergency, @NotNull @Valid Child child,
		@NotEmpty @Size(max = 5000) List<@NotNull @Valid Candidate> candidates) {

	public DecisionRequest {
		candidates = candidates == null ? null : List.copyOf(candidates);
	}

	/** The same request with {@code asOf} filled in, for callers that left it out. */
	public DecisionRequest withAsOf(LocalDate date) {
		return new DecisionRequest(date, responsibleAuthority, emergency, child, candidates);
	}

	/**
	 * No child or candidate field: Spring logs a request body's {@code toString} at DEBUG
	 * ("Read \"application/json\" to [...]"), and the request describes a child.
	 */
	@Override
	public String toString() {
		return "DecisionRequest[asOf=" + asOf + ", responsibleAuthority=" + responsibleAuthority + ", "
				+ (candidates == null ? 0 : candidates.size()) + " candidates, child and candidates not shown]";
	}

	/** The same request with each candidate replaced, in order, by its located copy. */
	public DecisionRequest withCandidates(List<Candidate> located) {
		return new DecisionRequest(asOf, responsibleAuthority, emergency, child, located);
	}

}
