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
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A placement a social worker found. {@code placementType} and {@code provider} are SSDA903
 * codes (PLACE, PLACE_PROVIDER). {@code distanceMiles}, {@code localAuthority}, {@code location}
 * and {@code atDistance} are always derived by the service from the postcodes, the DfE way
 * ({@link Geography#locate}); a request that sends one of them is refused ({@link DerivedValue}),
 * and one stored with them {@code null} still reads. {@code disruptsEducation} is the social worker's
 * judgement for a Key Stage 4 pupil (reg 10); {@code incompatibleWithContactOrder} flags a
 * placement with a parent that a s34 order forbids (reg 16); {@code exceptedAccommodation} marks
 * a setting listed in reg 27A or 27C that has no SSDA903 code of its own (a further education
 * college, a 16 to 19 academy, a holiday scheme for disabled children).
 * {@code disruptsEducation} is the social worker's judgement whether the placement would disrupt the
 * child's education or training (any child, s22C(8)(b)); for a Key Stage 4 pupil it also decides the
 * reg 10 approval. {@code childrenPlaced} is how many children the carer already fosters (Children Act
 * 1989 Sch 7, the usual fostering limit of three); with {@code approvalTerms.maxChildren} and
 * {@code vacancies} it says whether a foster carer can take a sibling group together (s22C(8)(c)).
 * {@code meetsNeeds} is no longer read by any rule (issue 10): a new request must leave it out or
 * empty; logged requests that hold it still read and replay.
 */
public record Candidate(
		@NotBlank @Size(max = 64) @Pattern(regexp = Codes.REF, message = Codes.REF_MESSAGE) String ref,
		@NotNull @Size(max = Codes.CODE_MAX) @SsdaCode(Codes.PLACEMENT_TYPE) String placementType,
		@Size(max = Codes.CODE_MAX) @SsdaCode(Codes.PROVIDER) String provider,
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
		@Size(max = 0, message = Codes.NOT_READ_MESSAGE) List<@NotBlank @Size(max = Codes.ENTRY_MAX) String> meetsNeeds,
		@Size(max = Codes.LIST_MAX) List<@NotBlank @Size(max = Codes.ENTRY_MAX) String> siblingsPlacedHere,
		Boolean meetsAssessedNeeds,
		boolean prospectiveAdopter,
		@DecimalMin("0") BigDecimal weeklyCost,
		@JsonDeserialize(using = DerivedValue.class) BigDecimal distanceMiles,
		@JsonDeserialize(using = DerivedValue.class) String localAuthority,
		@JsonDeserialize(using = DerivedValue.class) Location location,
		@JsonDeserialize(using = DerivedValue.class) Boolean atDistance,
		Boolean disruptsEducation,
		boolean incompatibleWithContactOrder,
		boolean exceptedAccommodation,
		@Min(0) Integer childrenPlaced) {

	/** A candidate as requests before issue 10 described it (children already placed not given). */
	public Candidate(String ref, String placementType, String provider, String postcode, boolean connectedPerson,
			CarerApproval carerApproval, LocalDate temporaryApprovalFrom, ApprovalTerms approvalTerms,
			Boolean registered, OfstedRating ofstedRating, boolean restrictionNotice, Integer vacancies,
			Boolean suitableForDisabled, List<String> meetsNeeds, List<String> siblingsPlacedHere,
			Boolean meetsAssessedNeeds, boolean prospectiveAdopter, BigDecimal weeklyCost, BigDecimal distanceMiles,
			String localAuthority, Location location, Boolean atDistance, Boolean disruptsEducation,
			boolean incompatibleWithContactOrder, boolean exceptedAccommodation) {
		this(ref, placementType, provider, postcode, connectedPerson, carerApproval, temporaryApprovalFrom,
				approvalTerms, registered, ofstedRating, restrictionNotice, vacancies, suitableForDisabled, meetsNeeds,
				siblingsPlacedHere, meetsAssessedNeeds, prospectiveAdopter, weeklyCost, distanceMiles, localAuthority,
				location, atDistance, disruptsEducation, incompatibleWithContactOrder, exceptedAccommodation, null);
	}

	public Candidate {
		meetsNeeds = meetsNeeds == null ? List.of() : List.copyOf(meetsNeeds);
		siblingsPlacedHere = siblingsPlacedHere == null ? List.of() : List.copyOf(siblingsPlacedHere);
	}

	/** This candidate with its derived geography. */
	public Candidate locatedAt(BigDecimal miles, String authority, Location where, Boolean distant) {
		return new Candidate(ref, placementType, provider, postcode, connectedPerson, carerApproval,
				temporaryApprovalFrom, approvalTerms, registered, ofstedRating, restrictionNotice, vacancies,
				suitableForDisabled, meetsNeeds, siblingsPlacedHere, meetsAssessedNeeds, prospectiveAdopter,
				weeklyCost, miles, authority, where, distant, disruptsEducation, incompatibleWithContactOrder,
				exceptedAccommodation, childrenPlaced);
	}

	/** Whole days since temporary approval as a connected person (reg 24) began, on {@code date}; -1 if none. */
	public long temporaryApprovalDaysOn(LocalDate date) {
		return temporaryApprovalFrom == null ? -1 : java.time.temporal.ChronoUnit.DAYS.between(temporaryApprovalFrom, date);
	}

	/** Whether a carer holds full or temporary approval as a local authority foster parent. */
	public boolean approvedFosterParent() {
		return carerApproval == CarerApproval.APPROVED || carerApproval == CarerApproval.TEMPORARY;
	}

	/**
	 * How many children the carer would foster with this child and {@code more} other children placed
	 * together: those already placed plus them; -1 when {@code childrenPlaced} is not given.
	 */
	public int childrenFosteredWith(int more) {
		return childrenPlaced == null ? -1 : childrenPlaced + 1 + more;
	}

	/**
	 * Terms of a foster carer's approval (reg 22 and 27 of the 2010 Regulations); {@code maxChildren}
	 * is the number of children the approval allows at once.
	 */
	public record ApprovalTerms(@Min(0) Integer minAge, @Min(0) Integer maxAge, @Min(0) Integer maxChildren) {
	}

}
