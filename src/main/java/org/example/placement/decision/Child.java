package org.example.placement.decision;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import jakarta.validation.Valid;
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
 * {@code secureHoursLast28Days} counts hours already spent in secure accommodation in the last
 * 28 days without a court order (s25, 72-hour limit).
 */
public record Child(
		@NotBlank @Size(max = 64) @Pattern(regexp = Codes.REF, message = Codes.REF_MESSAGE) String ref,
		@NotNull @Past LocalDate dateOfBirth,
		@NotNull @Size(max = Codes.CODE_MAX) @SsdaCode(Codes.LEGAL_STATUS) String legalStatus,
		@NotBlank @Size(max = 8) String homePostcode,
		boolean disabled,
		@Size(max = Codes.LIST_MAX) List<@NotBlank @Size(max = Codes.ENTRY_MAX) String> needs,
		boolean uasc,
		@Size(max = Codes.LIST_MAX) List<@NotBlank @Size(max = Codes.ENTRY_MAX)
				@Pattern(regexp = Codes.REF, message = Codes.REF_MESSAGE) String> siblingsInCare,
		@Valid School school,
		boolean adoptionBeingConsidered,
		boolean secureCriteriaMet,
		boolean courtAuthorisedSecure,
		@Min(0) @Max(672) Integer secureHoursLast28Days) {

	public Child {
		needs = needs == null ? List.of() : List.copyOf(needs);
		siblingsInCare = siblingsInCare == null ? List.of() : List.copyOf(siblingsInCare);
	}

	/** Age in whole years on the given date. */
	public int ageOn(LocalDate date) {
		return Period.between(dateOfBirth, date).getYears();
	}

	/** In care (interim or full care order), as opposed to accommodated. */
	public boolean inCare() {
		return "C1".equals(legalStatus) || "C2".equals(legalStatus);
	}

	/** The child's school, when the caller gave one. */
	public record School(@Size(max = 8) String postcode, boolean keyStage4) {
	}

}
