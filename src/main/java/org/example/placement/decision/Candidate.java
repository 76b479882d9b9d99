package org.example.placement.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A placement a social worker found. {@code placementType} and {@code provider} are
 * SSDA903 codes (PLACE, PLACE_PROVIDER). Every field but {@code whereabouts} is what the
 * caller sends; {@code whereabouts} is the geography the service derives from the
 * postcodes ({@link Whereabouts}, {@link Geography#locate}): {@link Whereabouts#UNKNOWN}
 * as sent, and in JSON its four values sit among the others as they always have
 * ({@code distanceMiles}, {@code localAuthority}, {@code location}, {@code atDistance},
 * refused when sent: the wire format, in the {@code json} module). The rules match a
 * located candidate, and read the four through the accessors of the same names, as
 * archived rulesets do. {@code disruptsEducation} is the social worker's judgement for a
 * Key Stage 4 pupil (reg 10); {@code incompatibleWithContactOrder} flags a placement with
 * a parent that a s34 order forbids (reg 16). {@code setting} names the setting of other
 * arrangements (s22C(6)(d)) as regs 27A and 27C list them ({@link Setting}); when it is
 * absent, {@link #effectiveSetting()} takes it from a PLACE code that names exactly one.
 * {@code exceptedAccommodation} is deprecated: one flag for every setting of reg 27A or
 * 27C let through, for a child under 16, settings reg 27A bans (a further education
 * college, a 16 to 19 Academy). It is kept so that logged requests still read and
 * archived rulesets that test it still compile and replay exactly; rules from issue 10 on
 * never read it, and a new request that sends it {@code true} is refused (400, pointing
 * at {@code setting}). {@code livingHereSinceRestrictionNotice}: the child was
 * accommodated at this children's home or residential family centre when Ofsted served
 * its notice restricting accommodation and has lived there ever since, so the notice does
 * not bar the child (Care Standards Act 2000 s22B(2)).
 * <p>
 * {@code provider} also says who approved a foster parent (U1-U6), for the reg 11(4)
 * exemption: {@code PR1} (the authority's own provision) is a foster parent approved by
 * the responsible authority; {@code PR2} (another authority) and {@code PR4}/{@code PR5}
 * (an agency) are not, whether or not the carer is a connected person; a foster parent
 * sent without a provider is not taken to be the authority's own.
 * <p>
 * {@code temporaryApproval} holds a reg 24 or reg 25A temporary approval and what decides
 * how long it lasts. {@code temporaryApprovalFrom} is deprecated: it is still read, as
 * {@code temporaryApproval.from} of a reg 24 approval, when it is given alone (logged
 * decisions and archived rules use it and {@link #temporaryApprovalDaysOn}); a request
 * may not give both.
 * <p>
 * {@code disruptsEducation} is the social worker's judgement whether the placement would
 * disrupt the child's education or training (any child, s22C(8)(b)); for a Key Stage 4
 * pupil it also decides the reg 10 approval. {@code childrenPlaced} is how many children
 * the carer already fosters (Children Act 1989 Sch 7, the usual fostering limit of
 * three); with {@code approvalTerms.maxChildren} and {@code vacancies} it says whether a
 * foster carer can take a sibling group together (s22C(8)(c)). {@code meetsNeeds} is no
 * longer read by any rule (issue 10): a new request must leave it out or empty; logged
 * requests that hold it still read and replay.
 * <p>
 * {@code providerNotForProfit} says whether the provider of a children's home, foster
 * care or secure accommodation in Wales is a not-for-profit entity (Health and Social
 * Care (Wales) Act 2025 Part 1); only the Welsh rules read it, so a request for an
 * English authority may not send it ({@link WelshOnlyFields}).
 */
public record Candidate(@NotBlank @Size(max = 64) @Pattern(regexp = Codes.REF, message = Codes.REF_MESSAGE) String ref,
		@NotNull @Size(max = Codes.CODE_MAX) @SsdaCode(Codes.PLACEMENT_TYPE) String placementType,
		@Size(max = Codes.CODE_MAX) @SsdaCode(Codes.PROVIDER) String provider, @Size(max = 8) String postcode,
		boolean connectedPerson, CarerApproval carerApproval, @Deprecated LocalDate temporaryApprovalFrom,
		@Valid ApprovalTerms approvalTerms, Boolean registered, OfstedRating ofstedRating, boolean restrictionNotice,
		@Min(0) Integer vacancies, Boolean suitableForDisabled,
		@Size(max = 0, message = Codes.NOT_READ_MESSAGE) List<@NotBlank @Size(max = Codes.ENTRY_MAX) String> meetsNeeds,
		@Size(max = Codes.LIST_MAX) List<@NotBlank @Size(max = Codes.ENTRY_MAX) String> siblingsPlacedHere,
		Boolean meetsAssessedNeeds, boolean prospectiveAdopter, @DecimalMin("0") BigDecimal weeklyCost,
		Whereabouts whereabouts, Boolean disruptsEducation, boolean incompatibleWithContactOrder,
		@Deprecated @AssertFalse(message = EXCEPTED_ACCOMMODATION_REPLACED) boolean exceptedAccommodation,
		Setting setting, boolean livingHereSinceRestrictionNotice, @Valid TemporaryApproval temporaryApproval,
		@Min(0) Integer childrenPlaced, Boolean providerNotForProfit) implements WithinApprovalTerms {

	/** Why a new request may no longer send {@code exceptedAccommodation: true}. */
	public static final String EXCEPTED_ACCOMMODATION_REPLACED = "is no longer read: name the setting of other "
			+ "arrangements in setting instead (CARE_HOME, HOSPITAL, RESIDENTIAL_FAMILY_CENTRE, SCHOOL, "
			+ "HOLIDAY_SCHEME_FOR_DISABLED_CHILDREN, FURTHER_EDUCATION_COLLEGE, SIXTEEN_TO_NINETEEN_ACADEMY, "
			+ "SUPPORTED_ACCOMMODATION or OTHER)";

	public Candidate {
		meetsNeeds = meetsNeeds == null ? List.of() : List.copyOf(meetsNeeds);
		siblingsPlacedHere = siblingsPlacedHere == null ? List.of() : List.copyOf(siblingsPlacedHere);
		whereabouts = whereabouts == null ? Whereabouts.UNKNOWN : whereabouts;
	}

	/**
	 * The setting of other arrangements that regs 27A and 27C test: {@code setting} when
	 * given, otherwise the one the PLACE code names on its own ({@link Setting#namedBy}),
	 * otherwise {@code null} (in neither list). Never reads
	 * {@code exceptedAccommodation}.
	 */
	public Setting effectiveSetting() {
		return setting != null ? setting : Setting.namedBy(placementType);
	}

	/**
	 * The reference's hash: it agrees with the generated equality, and Drools hashes a
	 * candidate for every fact derived about it, where all its fields would cost more.
	 */
	@Override
	public int hashCode() {
		return ref == null ? 0 : ref.hashCode();
	}

	/**
	 * The placement type only: the rest (ref, postcode, distance from the child's home)
	 * would reach debug logs through a record's generated {@code toString} (Drools' fact
	 * traces, Spring's body logging).
	 */
	@Override
	public String toString() {
		return "Candidate[placementType=" + placementType + ", other fields not shown]";
	}

	/**
	 * This candidate where the service found it: what the caller sent, with
	 * {@code whereabouts} in place of what it held.
	 */
	public Candidate locatedAt(Whereabouts where) {
		return new Candidate(ref, placementType, provider, postcode, connectedPerson, carerApproval,
				temporaryApprovalFrom, approvalTerms, registered, ofstedRating, restrictionNotice, vacancies,
				suitableForDisabled, meetsNeeds, siblingsPlacedHere, meetsAssessedNeeds, prospectiveAdopter, weeklyCost,
				where, disruptsEducation, incompatibleWithContactOrder, exceptedAccommodation, setting,
				livingHereSinceRestrictionNotice, temporaryApproval, childrenPlaced, providerNotForProfit);
	}

	/** Miles from the child's home ({@link Whereabouts}); null until located. */
	public BigDecimal distanceMiles() {
		return whereabouts.distanceMiles();
	}

	/** The authority the placement is in ({@link Whereabouts}); null until located. */
	public String localAuthority() {
		return whereabouts.localAuthority();
	}

	/** In or out of the responsible authority's area; null until located. */
	public Location location() {
		return whereabouts.location();
	}

	/**
	 * Out of the area and not in an adjoining authority (reg 11(5)); null until located.
	 */
	public Boolean atDistance() {
		return whereabouts.atDistance();
	}

	/**
	 * Whole days since temporary approval began, on {@code date}; -1 if none. Reads
	 * {@code temporaryApproval.from}, or the deprecated {@code temporaryApprovalFrom}.
	 */
	public long temporaryApprovalDaysOn(LocalDate date) {
		TemporaryApproval given = temporaryApprovalGiven();
		return given == null ? -1 : given.daysTo(date);
	}

	/**
	 * The temporary approval as given: {@code temporaryApproval}, or for a request that
	 * gives only the deprecated {@code temporaryApprovalFrom}, a reg 24 approval from
	 * that date; null if neither.
	 */
	public TemporaryApproval temporaryApprovalGiven() {
		if (temporaryApproval != null) {
			return temporaryApproval;
		}
		return temporaryApprovalFrom == null ? null : new TemporaryApproval(TemporaryApproval.Regulation.REG_24,
				temporaryApprovalFrom, null, null, null, null, null, null, null);
	}

	/** The regulation the temporary approval was given under; null when none is given. */
	public TemporaryApproval.Regulation temporaryApprovalUnder() {
		TemporaryApproval given = temporaryApprovalGiven();
		return given == null ? null : given.under();
	}

	/**
	 * Whether a carer holds full or temporary approval as a local authority foster
	 * parent.
	 */
	public boolean approvedFosterParent() {
		return carerApproval == CarerApproval.APPROVED || carerApproval == CarerApproval.TEMPORARY;
	}

	/**
	 * Temporary approval as a local authority foster parent, with the facts that decide
	 * how long it lasts. {@code under} is {@code REG_24} (a connected person, reg 24; the
	 * default) or {@code REG_25A} (an approved prospective adopter, reg 25A, from 1 July
	 * 2013). For reg 24: {@code extendedOn} is the date a nominated officer approved an
	 * extension under reg 25(1)(a) and (2), {@code extensionWeeks} its length (reg 25(2):
	 * up to eight; eight when not given); {@code reviewSoughtOn} the date the person, not
	 * approved after the full assessment, sought a review (reg 25(1)(b)),
	 * {@code reviewExtendedOn} the date a nominated officer approved extending until its
	 * outcome (reg 25(3)), and {@code reviewOutcomeOn} the date the outcome became known.
	 * For reg 25A: {@code placementEndedOn} (the authority ended the child's placement
	 * with the adopter, reg 25A(3)(a)) and {@code adopterApprovalEndedOn} (the approval
	 * as a prospective adopter was terminated, reg 25A(3)(b)). How long each lasts is in
	 * the rules, not here.
	 */
	public record TemporaryApproval(Regulation under, @NotNull LocalDate from, LocalDate extendedOn,
			@Min(1) Integer extensionWeeks, LocalDate reviewSoughtOn, LocalDate reviewExtendedOn,
			LocalDate reviewOutcomeOn, LocalDate placementEndedOn, LocalDate adopterApprovalEndedOn) {

		public TemporaryApproval {
			under = under == null ? Regulation.REG_24 : under;
		}

		/** The regulation a temporary approval is given under. */
		public enum Regulation {

			/**
			 * A relative, friend or other connected person (reg 24, extended under reg
			 * 25).
			 */
			REG_24,
			/** An approved prospective adopter, for this child (reg 25A). */
			REG_25A

		}

		/**
		 * Whole days from {@code from} to {@code date}; -1 when {@code date} is not
		 * given.
		 */
		public long daysTo(LocalDate date) {
			return date == null || from == null ? -1 : ChronoUnit.DAYS.between(from, date);
		}

		/**
		 * The days of the reg 25(2) extension: {@code extensionWeeks}, at most
		 * {@code maximumDays}, which it is when not given.
		 */
		public long extensionDays(long maximumDays) {
			return extensionWeeks == null ? maximumDays : Math.min(extensionWeeks * 7L, maximumDays);
		}

	}

	/**
	 * How many children the carer would foster with this child and {@code more} other
	 * children placed together: those already placed plus them; -1 when
	 * {@code childrenPlaced} is not given.
	 */
	public int childrenFosteredWith(int more) {
		return childrenPlaced == null ? -1 : childrenPlaced + 1 + more;
	}

	/**
	 * Terms of a foster carer's approval (reg 22 and 27 of the 2010 Regulations);
	 * {@code maxChildren} is the number of children the approval allows at once.
	 */
	public record ApprovalTerms(@Min(0) Integer minAge, @Min(0) Integer maxAge, @Min(0) Integer maxChildren) {
	}

}
