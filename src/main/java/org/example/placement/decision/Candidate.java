package org.example.placement.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A placement a social worker found. {@code placementType} and {@code provider} are SSDA903
 * codes (PLACE, PLACE_PROVIDER). {@code distanceMiles} and {@code localAuthority} may be sent
 * by the caller; otherwise they are derived from the postcode the DfE way. {@code location}
 * and {@code atDistance} are always derived.
 */
public record Candidate(
		@NotBlank @Size(max = 64) @Pattern(regexp = Codes.REF, message = Codes.REF_MESSAGE) String ref,
		@NotNull @SsdaCode(Codes.PLACEMENT_TYPE) String placementType,
		@SsdaCode(Codes.PROVIDER) String provider,
		@Size(max = 8) String postcode,
		boolean connectedPerson,
		CarerApproval carerApproval,
		LocalDate temporaryApprovalFrom,
		@Valid ApprovalTerms approvalTerms,
		Boolean registered,
		OfstedRating ofstedRating,
		boolean restrictionNotice,
		@Min(0) Integer vacancies,
		Boolean suitableForDisabled,
		List<@NotBlank String> meetsNeeds,
		List<@NotBlank String> siblingsPlacedHere,
		Boolean meetsAssessedNeeds,
		boolean prospectiveAdopter,
		@DecimalMin("0") BigDecimal weeklyCost,
		@DecimalMin("0") BigDecimal distanceMiles,
		@Pattern(regexp = "[EWSNLM]\\d{8}|WAL|SCO|NIR", message = "must be an ONS authority code") String localAuthority,
		Location location,
		Boolean atDistance) {

	public Candidate {
		meetsNeeds = meetsNeeds == null ? List.of() : List.copyOf(meetsNeeds);
		siblingsPlacedHere = siblingsPlacedHere == null ? List.of() : List.copyOf(siblingsPlacedHere);
	}

	/** This candidate with its derived geography. */
	public Candidate locatedAt(BigDecimal miles, String authority, Location where, Boolean distant) {
		return new Candidate(ref, placementType, provider, postcode, connectedPerson, carerApproval,
				temporaryApprovalFrom, approvalTerms, registered, ofstedRating, restrictionNotice, vacancies,
				suitableForDisabled, meetsNeeds, siblingsPlacedHere, meetsAssessedNeeds, prospectiveAdopter,
				weeklyCost, miles, authority, where, distant);
	}

	/** Whether a carer holds full or temporary approval as a local authority foster parent. */
	public boolean approvedFosterParent() {
		return carerApproval == CarerApproval.APPROVED || carerApproval == CarerApproval.TEMPORARY;
	}

	/** Terms of a foster carer's approval (reg 22 and 27 of the 2010 Regulations). */
	public record ApprovalTerms(@Min(0) Integer minAge, @Min(0) Integer maxAge, @Min(0) Integer maxChildren) {
	}

}
