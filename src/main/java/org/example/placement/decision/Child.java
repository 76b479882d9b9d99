package org.example.placement.decision;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The looked-after child, known only by a pseudonymous reference. Codes are SSDA903 codes
 * ({@code legalStatus}: the LS list); postcodes may be full or a sector.
 * {@code secureHoursLast28Days} counts hours already spent in secure accommodation in the
 * last 28 days without a court order (s25, 72-hour limit). {@code siblingsToBePlaced}
 * names the siblings (from {@code siblingsInCare}) who need a placement now, together
 * with the child: with them the child is a sibling group (s22C(8)(c)). {@code needs},
 * {@code uasc} and {@code school.postcode} are no longer read by any rule (issue 10): a
 * new request must leave them out (or empty, or {@code false}); logged requests that hold
 * them still read and replay.
 */
public record Child(@NotBlank @Size(max = 64) @Pattern(regexp = Codes.REF, message = Codes.REF_MESSAGE) String ref,
		@NotNull @Past LocalDate dateOfBirth,
		@NotNull @Size(max = Codes.CODE_MAX) @SsdaCode(Codes.LEGAL_STATUS) String legalStatus,
		@NotBlank @Size(max = 8) String homePostcode, boolean disabled,
		@Size(max = 0, message = Codes.NOT_READ_MESSAGE) List<@NotBlank @Size(max = Codes.ENTRY_MAX) String> needs,
		@AssertFalse(message = Codes.NOT_READ_MESSAGE) boolean uasc,
		@Size(max = Codes.LIST_MAX) List<@NotBlank @Size(max = Codes.ENTRY_MAX) @Pattern(regexp = Codes.REF,
				message = Codes.REF_MESSAGE) String> siblingsInCare,
		@Valid School school, boolean adoptionBeingConsidered, boolean secureCriteriaMet, boolean courtAuthorisedSecure,
		@Min(0) @Max(672) Integer secureHoursLast28Days,
		@Size(max = Codes.LIST_MAX) List<@NotBlank @Size(max = Codes.ENTRY_MAX) @Pattern(regexp = Codes.REF,
				message = Codes.REF_MESSAGE) String> siblingsToBePlaced) {

	public Child {
		needs = needs == null ? List.of() : List.copyOf(needs);
		siblingsInCare = siblingsInCare == null ? List.of() : List.copyOf(siblingsInCare);
		siblingsToBePlaced = siblingsToBePlaced == null ? List.of() : List.copyOf(siblingsToBePlaced);
	}

	/**
	 * Names the type only: the fields describe a child, and a record's generated
	 * {@code toString} ends up in debug logs (Spring's "Read ... to [...]", Drools' fact
	 * traces, exception messages).
	 */
	@Override
	public String toString() {
		return "Child[fields not shown: personal data]";
	}

	/** Age in whole years on the given date. */
	public int ageOn(LocalDate date) {
		return Period.between(dateOfBirth, date).getYears();
	}

	/** In care (interim or full care order), as opposed to accommodated. */
	public boolean inCare() {
		return "C1".equals(legalStatus) || "C2".equals(legalStatus);
	}

	/**
	 * The child's school, when the caller gave one. {@code postcode} is no longer read by
	 * any rule (issue 10): a new request must leave it out; logged requests that hold it
	 * still read.
	 */
	public record School(@Null(message = Codes.NOT_READ_MESSAGE) @Size(max = 8) String postcode, boolean keyStage4) {
	}

}
