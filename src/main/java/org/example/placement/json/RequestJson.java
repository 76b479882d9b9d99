package org.example.placement.json;

import java.util.List;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.Candidate.ApprovalTerms;
import org.example.placement.decision.Candidate.TemporaryApproval;
import org.example.placement.decision.Child;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Whereabouts;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

import static org.example.placement.json.Fields.bool;
import static org.example.placement.json.Fields.date;
import static org.example.placement.json.Fields.name;
import static org.example.placement.json.Fields.named;
import static org.example.placement.json.Fields.number;
import static org.example.placement.json.Fields.string;
import static org.example.placement.json.Fields.strings;

/**
 * A {@link DecisionRequest} written field by field to a generator: the very bytes the
 * service's mapper ({@link StrictJson}, with {@link WireFormat}) writes for it, without
 * looking up a serializer or reading a property through a method handle for each of a
 * thousand candidates' thirty values. Names in the records' order, every value written (a
 * null as {@code null}), a candidate's whereabouts among its other values, and its
 * {@code providerNotForProfit} only when given. {@code RequestJsonTests} holds it to the
 * mapper's bytes.
 */
public final class RequestJson {

	private static final SerializedString AS_OF = name("asOf"), AUTHORITY = name("responsibleAuthority"),
			EMERGENCY = name("emergency"), CHILD = name("child"), CANDIDATES = name("candidates");

	private static final SerializedString REF = name("ref"), DATE_OF_BIRTH = name("dateOfBirth"),
			LEGAL_STATUS = name("legalStatus"), HOME_POSTCODE = name("homePostcode"), DISABLED = name("disabled"),
			NEEDS = name("needs"), UASC = name("uasc"), SIBLINGS_IN_CARE = name("siblingsInCare"),
			SCHOOL = name("school"), ADOPTION = name("adoptionBeingConsidered"),
			SECURE_CRITERIA = name("secureCriteriaMet"), COURT_SECURE = name("courtAuthorisedSecure"),
			SECURE_HOURS = name("secureHoursLast28Days"), SIBLINGS_TO_BE_PLACED = name("siblingsToBePlaced"),
			POSTCODE = name("postcode"), KEY_STAGE_4 = name("keyStage4");

	private static final SerializedString PLACEMENT_TYPE = name("placementType"), PROVIDER = name("provider"),
			CONNECTED_PERSON = name("connectedPerson"), CARER_APPROVAL = name("carerApproval"),
			TEMPORARY_APPROVAL_FROM = name("temporaryApprovalFrom"), APPROVAL_TERMS = name("approvalTerms"),
			REGISTERED = name("registered"), OFSTED_RATING = name("ofstedRating"),
			RESTRICTION_NOTICE = name("restrictionNotice"), VACANCIES = name("vacancies"),
			SUITABLE_FOR_DISABLED = name("suitableForDisabled"), MEETS_NEEDS = name("meetsNeeds"),
			SIBLINGS_PLACED_HERE = name("siblingsPlacedHere"), MEETS_ASSESSED_NEEDS = name("meetsAssessedNeeds"),
			PROSPECTIVE_ADOPTER = name("prospectiveAdopter"), WEEKLY_COST = name("weeklyCost"),
			DISTANCE_MILES = name("distanceMiles"), LOCAL_AUTHORITY = name("localAuthority"),
			LOCATION = name("location"), AT_DISTANCE = name("atDistance"),
			DISRUPTS_EDUCATION = name("disruptsEducation"), CONTACT_ORDER = name("incompatibleWithContactOrder"),
			EXCEPTED = name("exceptedAccommodation"), SETTING = name("setting"),
			LIVING_HERE = name("livingHereSinceRestrictionNotice"), TEMPORARY_APPROVAL = name("temporaryApproval"),
			CHILDREN_PLACED = name("childrenPlaced"), NOT_FOR_PROFIT = name("providerNotForProfit");

	private static final SerializedString MIN_AGE = name("minAge"), MAX_AGE = name("maxAge"),
			MAX_CHILDREN = name("maxChildren"), UNDER = name("under"), FROM = name("from"),
			EXTENDED_ON = name("extendedOn"), EXTENSION_WEEKS = name("extensionWeeks"),
			REVIEW_SOUGHT_ON = name("reviewSoughtOn"), REVIEW_EXTENDED_ON = name("reviewExtendedOn"),
			REVIEW_OUTCOME_ON = name("reviewOutcomeOn"), PLACEMENT_ENDED_ON = name("placementEndedOn"),
			ADOPTER_APPROVAL_ENDED_ON = name("adopterApprovalEndedOn");

	private RequestJson() {
	}

	public static void write(JsonGenerator out, DecisionRequest request) {
		out.writeStartObject();
		date(out, AS_OF, request.asOf());
		string(out, AUTHORITY, request.responsibleAuthority());
		bool(out, EMERGENCY, request.emergency());
		out.writeName(CHILD);
		child(out, request.child());
		out.writeName(CANDIDATES);
		List<Candidate> candidates = request.candidates();
		if (candidates == null) {
			out.writeNull();
		}
		else {
			out.writeStartArray();
			for (Candidate candidate : candidates) {
				candidate(out, candidate);
			}
			out.writeEndArray();
		}
		out.writeEndObject();
	}

	private static void child(JsonGenerator out, @Nullable Child child) {
		if (child == null) {
			out.writeNull();
			return;
		}
		out.writeStartObject();
		string(out, REF, child.ref());
		date(out, DATE_OF_BIRTH, child.dateOfBirth());
		string(out, LEGAL_STATUS, child.legalStatus());
		string(out, HOME_POSTCODE, child.homePostcode());
		bool(out, DISABLED, child.disabled());
		strings(out, NEEDS, child.needs());
		bool(out, UASC, child.uasc());
		strings(out, SIBLINGS_IN_CARE, child.siblingsInCare());
		out.writeName(SCHOOL);
		if (child.school() == null) {
			out.writeNull();
		}
		else {
			out.writeStartObject();
			string(out, POSTCODE, child.school().postcode());
			bool(out, KEY_STAGE_4, child.school().keyStage4());
			out.writeEndObject();
		}
		bool(out, ADOPTION, child.adoptionBeingConsidered());
		bool(out, SECURE_CRITERIA, child.secureCriteriaMet());
		bool(out, COURT_SECURE, child.courtAuthorisedSecure());
		number(out, SECURE_HOURS, child.secureHoursLast28Days());
		strings(out, SIBLINGS_TO_BE_PLACED, child.siblingsToBePlaced());
		out.writeEndObject();
	}

	@SuppressWarnings("deprecation") // the deprecated fields are still written, as read
	private static void candidate(JsonGenerator out, @Nullable Candidate candidate) {
		if (candidate == null) {
			out.writeNull();
			return;
		}
		out.writeStartObject();
		string(out, REF, candidate.ref());
		string(out, PLACEMENT_TYPE, candidate.placementType());
		string(out, PROVIDER, candidate.provider());
		string(out, POSTCODE, candidate.postcode());
		bool(out, CONNECTED_PERSON, candidate.connectedPerson());
		named(out, CARER_APPROVAL, candidate.carerApproval());
		date(out, TEMPORARY_APPROVAL_FROM, candidate.temporaryApprovalFrom());
		approvalTerms(out, candidate.approvalTerms());
		bool(out, REGISTERED, candidate.registered());
		named(out, OFSTED_RATING, candidate.ofstedRating());
		bool(out, RESTRICTION_NOTICE, candidate.restrictionNotice());
		number(out, VACANCIES, candidate.vacancies());
		bool(out, SUITABLE_FOR_DISABLED, candidate.suitableForDisabled());
		strings(out, MEETS_NEEDS, candidate.meetsNeeds());
		strings(out, SIBLINGS_PLACED_HERE, candidate.siblingsPlacedHere());
		bool(out, MEETS_ASSESSED_NEEDS, candidate.meetsAssessedNeeds());
		bool(out, PROSPECTIVE_ADOPTER, candidate.prospectiveAdopter());
		number(out, WEEKLY_COST, candidate.weeklyCost());
		afterTheCost(out, candidate);
		out.writeEndObject();
	}

	/** A candidate's values after its weekly cost, its whereabouts first. */
	@SuppressWarnings("deprecation") // the deprecated fields are still written, as read
	private static void afterTheCost(JsonGenerator out, Candidate candidate) {
		Whereabouts where = candidate.whereabouts();
		number(out, DISTANCE_MILES, where.distanceMiles());
		string(out, LOCAL_AUTHORITY, where.localAuthority());
		named(out, LOCATION, where.location());
		bool(out, AT_DISTANCE, where.atDistance());
		bool(out, DISRUPTS_EDUCATION, candidate.disruptsEducation());
		bool(out, CONTACT_ORDER, candidate.incompatibleWithContactOrder());
		bool(out, EXCEPTED, candidate.exceptedAccommodation());
		named(out, SETTING, candidate.setting());
		bool(out, LIVING_HERE, candidate.livingHereSinceRestrictionNotice());
		temporaryApproval(out, candidate.temporaryApproval());
		number(out, CHILDREN_PLACED, candidate.childrenPlaced());
		if (candidate.providerNotForProfit() != null) {
			bool(out, NOT_FOR_PROFIT, candidate.providerNotForProfit());
		}
	}

	private static void approvalTerms(JsonGenerator out, @Nullable ApprovalTerms terms) {
		out.writeName(APPROVAL_TERMS);
		if (terms == null) {
			out.writeNull();
			return;
		}
		out.writeStartObject();
		number(out, MIN_AGE, terms.minAge());
		number(out, MAX_AGE, terms.maxAge());
		number(out, MAX_CHILDREN, terms.maxChildren());
		out.writeEndObject();
	}

	private static void temporaryApproval(JsonGenerator out, @Nullable TemporaryApproval approval) {
		out.writeName(TEMPORARY_APPROVAL);
		if (approval == null) {
			out.writeNull();
			return;
		}
		out.writeStartObject();
		named(out, UNDER, approval.under());
		date(out, FROM, approval.from());
		date(out, EXTENDED_ON, approval.extendedOn());
		number(out, EXTENSION_WEEKS, approval.extensionWeeks());
		date(out, REVIEW_SOUGHT_ON, approval.reviewSoughtOn());
		date(out, REVIEW_EXTENDED_ON, approval.reviewExtendedOn());
		date(out, REVIEW_OUTCOME_ON, approval.reviewOutcomeOn());
		date(out, PLACEMENT_ENDED_ON, approval.placementEndedOn());
		date(out, ADOPTER_APPROVAL_ENDED_ON, approval.adopterApprovalEndedOn());
		out.writeEndObject();
	}

}
