package org.example.placement.json;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.Candidate.ApprovalTerms;
import org.example.placement.decision.Candidate.TemporaryApproval;
import org.example.placement.decision.Child;
import org.example.placement.decision.DecisionRequest;
import tools.jackson.core.JsonGenerator;

import static org.example.placement.json.JsonFields.bool;
import static org.example.placement.json.JsonFields.date;
import static org.example.placement.json.JsonFields.decimal;
import static org.example.placement.json.JsonFields.flag;
import static org.example.placement.json.JsonFields.integer;
import static org.example.placement.json.JsonFields.named;
import static org.example.placement.json.JsonFields.string;
import static org.example.placement.json.JsonFields.strings;

/**
 * A {@link DecisionRequest} written straight to a generator: the very text the
 * {@link StrictJson} mapper writes for it under the {@link WireFormat} (every component
 * in the record's order, nulls written, a candidate's whereabouts among its own values,
 * {@code providerNotForProfit} left out when absent), without the mapper's unwrapping
 * writer and a property writer for each of the 27 values of each candidate. The log
 * stores every request this way ({@code ledger.LedgerJson}); {@code HandWrittenJsonTests}
 * holds it to the mapper's bytes for every scenario and the load benchmark's requests. A
 * component added to these records must be added here too.
 */
public final class DecisionRequestWriter {

	private DecisionRequestWriter() {
	}

	/** Writes {@code request} as the mapper would. */
	public static void write(JsonGenerator out, DecisionRequest request) {
		out.writeStartObject();
		date(out, "asOf", request.asOf());
		string(out, "responsibleAuthority", request.responsibleAuthority());
		flag(out, "emergency", request.emergency());
		out.writeName(JsonFields.name("child"));
		child(out, request.child());
		out.writeName(JsonFields.name("candidates"));
		if (request.candidates() == null) {
			out.writeNull();
		}
		else {
			out.writeStartArray();
			for (Candidate candidate : request.candidates()) {
				candidate(out, candidate);
			}
			out.writeEndArray();
		}
		out.writeEndObject();
	}

	private static void child(JsonGenerator out, Child child) {
		if (child == null) {
			out.writeNull();
			return;
		}
		out.writeStartObject();
		string(out, "ref", child.ref());
		date(out, "dateOfBirth", child.dateOfBirth());
		string(out, "legalStatus", child.legalStatus());
		string(out, "homePostcode", child.homePostcode());
		flag(out, "disabled", child.disabled());
		strings(out, "needs", child.needs());
		flag(out, "uasc", child.uasc());
		strings(out, "siblingsInCare", child.siblingsInCare());
		out.writeName(JsonFields.name("school"));
		if (child.school() == null) {
			out.writeNull();
		}
		else {
			out.writeStartObject();
			string(out, "postcode", child.school().postcode());
			flag(out, "keyStage4", child.school().keyStage4());
			out.writeEndObject();
		}
		flag(out, "adoptionBeingConsidered", child.adoptionBeingConsidered());
		flag(out, "secureCriteriaMet", child.secureCriteriaMet());
		flag(out, "courtAuthorisedSecure", child.courtAuthorisedSecure());
		integer(out, "secureHoursLast28Days", child.secureHoursLast28Days());
		strings(out, "siblingsToBePlaced", child.siblingsToBePlaced());
		out.writeEndObject();
	}

	@SuppressWarnings("deprecation")
	private static void candidate(JsonGenerator out, Candidate candidate) {
		if (candidate == null) {
			out.writeNull();
			return;
		}
		out.writeStartObject();
		string(out, "ref", candidate.ref());
		string(out, "placementType", candidate.placementType());
		string(out, "provider", candidate.provider());
		string(out, "postcode", candidate.postcode());
		flag(out, "connectedPerson", candidate.connectedPerson());
		named(out, "carerApproval", candidate.carerApproval());
		date(out, "temporaryApprovalFrom", candidate.temporaryApprovalFrom());
		terms(out, candidate.approvalTerms());
		bool(out, "registered", candidate.registered());
		named(out, "ofstedRating", candidate.ofstedRating());
		flag(out, "restrictionNotice", candidate.restrictionNotice());
		integer(out, "vacancies", candidate.vacancies());
		bool(out, "suitableForDisabled", candidate.suitableForDisabled());
		strings(out, "meetsNeeds", candidate.meetsNeeds());
		strings(out, "siblingsPlacedHere", candidate.siblingsPlacedHere());
		bool(out, "meetsAssessedNeeds", candidate.meetsAssessedNeeds());
		flag(out, "prospectiveAdopter", candidate.prospectiveAdopter());
		decimal(out, "weeklyCost", candidate.weeklyCost());
		rest(out, candidate);
		out.writeEndObject();
	}

	/** From the whereabouts, written among the candidate's own values, on. */
	@SuppressWarnings("deprecation")
	private static void rest(JsonGenerator out, Candidate candidate) {
		decimal(out, "distanceMiles", candidate.distanceMiles());
		string(out, "localAuthority", candidate.localAuthority());
		named(out, "location", candidate.location());
		bool(out, "atDistance", candidate.atDistance());
		bool(out, "disruptsEducation", candidate.disruptsEducation());
		flag(out, "incompatibleWithContactOrder", candidate.incompatibleWithContactOrder());
		flag(out, "exceptedAccommodation", candidate.exceptedAccommodation());
		named(out, "setting", candidate.setting());
		flag(out, "livingHereSinceRestrictionNotice", candidate.livingHereSinceRestrictionNotice());
		temporaryApproval(out, candidate.temporaryApproval());
		integer(out, "childrenPlaced", candidate.childrenPlaced());
		if (candidate.providerNotForProfit() != null) {
			flag(out, "providerNotForProfit", candidate.providerNotForProfit());
		}
	}

	private static void terms(JsonGenerator out, ApprovalTerms terms) {
		out.writeName(JsonFields.name("approvalTerms"));
		if (terms == null) {
			out.writeNull();
			return;
		}
		out.writeStartObject();
		integer(out, "minAge", terms.minAge());
		integer(out, "maxAge", terms.maxAge());
		integer(out, "maxChildren", terms.maxChildren());
		out.writeEndObject();
	}

	private static void temporaryApproval(JsonGenerator out, TemporaryApproval approval) {
		out.writeName(JsonFields.name("temporaryApproval"));
		if (approval == null) {
			out.writeNull();
			return;
		}
		out.writeStartObject();
		named(out, "under", approval.under());
		date(out, "from", approval.from());
		date(out, "extendedOn", approval.extendedOn());
		integer(out, "extensionWeeks", approval.extensionWeeks());
		date(out, "reviewSoughtOn", approval.reviewSoughtOn());
		date(out, "reviewExtendedOn", approval.reviewExtendedOn());
		date(out, "reviewOutcomeOn", approval.reviewOutcomeOn());
		date(out, "placementEndedOn", approval.placementEndedOn());
		date(out, "adopterApprovalEndedOn", approval.adopterApprovalEndedOn());
		out.writeEndObject();
	}

}
