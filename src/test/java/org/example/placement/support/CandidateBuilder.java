package org.example.placement.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.Candidate.ApprovalTerms;
import org.example.placement.decision.Candidate.TemporaryApproval;
import org.example.placement.decision.CarerApproval;
import org.example.placement.decision.Location;
import org.example.placement.decision.OfstedRating;
import org.example.placement.decision.Setting;
import org.example.placement.decision.Whereabouts;

/**
 * Builds a {@link Candidate} field by field, by name, so no test repeats the record's
 * positional constructor or resets a field it did not mean to. Starts as a caller sending
 * only a ref ({@code C-1}); every other field is absent until set.
 */
public final class CandidateBuilder {

	private String ref = "C-1";

	private String placementType;

	private String provider;

	private String postcode;

	private boolean connectedPerson;

	private CarerApproval carerApproval;

	private LocalDate temporaryApprovalFrom;

	private ApprovalTerms approvalTerms;

	private Boolean registered;

	private OfstedRating ofstedRating;

	private boolean restrictionNotice;

	private Integer vacancies;

	private Boolean suitableForDisabled;

	private List<String> siblingsPlacedHere = List.of();

	private Boolean meetsAssessedNeeds;

	private boolean prospectiveAdopter;

	private BigDecimal weeklyCost;

	private Whereabouts whereabouts = Whereabouts.UNKNOWN;

	private Boolean disruptsEducation;

	private boolean incompatibleWithContactOrder;

	private boolean exceptedAccommodation;

	private Setting setting;

	private boolean livingHereSinceRestrictionNotice;

	private TemporaryApproval temporaryApproval;

	private Integer childrenPlaced;

	private Boolean providerNotForProfit;

	CandidateBuilder() {
	}

	public CandidateBuilder called(String ref) {
		this.ref = ref;
		return this;
	}

	/** An approved foster carer, not connected with the child (PLACE U6). */
	public CandidateBuilder fosterCarer() {
		return coded("U6").approved(CarerApproval.APPROVED);
	}

	/**
	 * An approved foster carer who is a relative, friend or other connected person (PLACE
	 * U3).
	 */
	public CandidateBuilder connectedPerson() {
		this.connectedPerson = true;
		return coded("U3").approved(CarerApproval.APPROVED);
	}

	/** A parent or other person with parental responsibility (PLACE P1, PR0). */
	public CandidateBuilder parent() {
		return coded("P1").providedBy("PR0");
	}

	/** The responsible authority's own provision (PLACE_PROVIDER PR1). */
	public CandidateBuilder inHouse() {
		return providedBy("PR1");
	}

	/** A private or voluntary provider (PLACE_PROVIDER PR4). */
	public CandidateBuilder agency() {
		return providedBy("PR4");
	}

	public CandidateBuilder coded(String placementType) {
		this.placementType = placementType;
		return this;
	}

	public CandidateBuilder providedBy(String provider) {
		this.provider = provider;
		return this;
	}

	/** At a postcode, full or a sector; the service derives the geography from it. */
	public CandidateBuilder at(String postcode) {
		this.postcode = postcode;
		return this;
	}

	public CandidateBuilder flaggedConnectedPerson(boolean connected) {
		this.connectedPerson = connected;
		return this;
	}

	public CandidateBuilder approved(CarerApproval approval) {
		this.carerApproval = approval;
		return this;
	}

	/** Temporarily approved, given the deprecated way (a reg 24 approval from then). */
	public CandidateBuilder temporarilyApprovedFrom(LocalDate from) {
		this.temporaryApprovalFrom = from;
		return approved(CarerApproval.TEMPORARY);
	}

	public CandidateBuilder temporarilyApproved(TemporaryApproval approval) {
		this.temporaryApproval = approval;
		return approved(CarerApproval.TEMPORARY);
	}

	public CandidateBuilder withApprovalTerms(ApprovalTerms terms) {
		this.approvalTerms = terms;
		return this;
	}

	public CandidateBuilder registered(Boolean registered, OfstedRating rating) {
		this.registered = registered;
		this.ofstedRating = rating;
		return this;
	}

	public CandidateBuilder underRestrictionNotice(boolean notice, boolean livingHereSince) {
		this.restrictionNotice = notice;
		this.livingHereSinceRestrictionNotice = livingHereSince;
		return this;
	}

	public CandidateBuilder vacancies(Integer vacancies) {
		this.vacancies = vacancies;
		return this;
	}

	public CandidateBuilder suitableForDisabled(Boolean suitable) {
		this.suitableForDisabled = suitable;
		return this;
	}

	public CandidateBuilder withSiblingsPlacedHere(List<String> siblings) {
		this.siblingsPlacedHere = siblings;
		return this;
	}

	public CandidateBuilder meetingAssessedNeeds() {
		return meetsAssessedNeeds(true);
	}

	public CandidateBuilder meetsAssessedNeeds(Boolean meets) {
		this.meetsAssessedNeeds = meets;
		return this;
	}

	public CandidateBuilder prospectiveAdopter(boolean adopter) {
		this.prospectiveAdopter = adopter;
		return this;
	}

	public CandidateBuilder costing(String weekly) {
		this.weeklyCost = weekly == null ? null : new BigDecimal(weekly);
		return this;
	}

	public CandidateBuilder disruptsEducation(Boolean disrupts) {
		this.disruptsEducation = disrupts;
		return this;
	}

	public CandidateBuilder incompatibleWithContactOrder(boolean incompatible) {
		this.incompatibleWithContactOrder = incompatible;
		return this;
	}

	/** The deprecated flag, which a new request may no longer send {@code true}. */
	public CandidateBuilder exceptedAccommodation(boolean excepted) {
		this.exceptedAccommodation = excepted;
		return this;
	}

	public CandidateBuilder in(Setting setting) {
		this.setting = setting;
		return this;
	}

	public CandidateBuilder providerNotForProfit(Boolean notForProfit) {
		this.providerNotForProfit = notForProfit;
		return this;
	}

	public CandidateBuilder alreadyFostering(Integer children) {
		this.childrenPlaced = children;
		return this;
	}

	/** Located in the responsible authority's area, {@code miles} from home. */
	public CandidateBuilder locatedIn(String authority, String miles) {
		return located(new Whereabouts(new BigDecimal(miles), authority, Location.IN, false));
	}

	/**
	 * Located outside the area, in an authority adjoining it, {@code miles} from home.
	 */
	public CandidateBuilder locatedOutside(String authority, String miles) {
		return located(new Whereabouts(new BigDecimal(miles), authority, Location.OUT, false));
	}

	public CandidateBuilder located(Whereabouts where) {
		this.whereabouts = where;
		return this;
	}

	public Candidate build() {
		return new Candidate(ref, placementType, provider, postcode, connectedPerson, carerApproval,
				temporaryApprovalFrom, approvalTerms, registered, ofstedRating, restrictionNotice, vacancies,
				suitableForDisabled, List.of(), siblingsPlacedHere, meetsAssessedNeeds, prospectiveAdopter, weeklyCost,
				whereabouts, disruptsEducation, incompatibleWithContactOrder, exceptedAccommodation, setting,
				livingHereSinceRestrictionNotice, temporaryApproval, childrenPlaced, providerNotForProfit);
	}

}
