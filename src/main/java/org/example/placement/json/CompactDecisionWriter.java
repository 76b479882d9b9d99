package org.example.placement.json;

import java.util.List;
import java.util.Map;

import org.example.placement.decision.Comparison;
import org.example.placement.decision.Decision;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.decision.RankedCandidate.Approval;
import org.example.placement.decision.RankedCandidate.Finding;
import org.example.placement.decision.RankedCandidate.Notification;
import org.example.placement.decision.RuleSummary;
import tools.jackson.core.JsonGenerator;

import static org.example.placement.json.JsonFields.array;
import static org.example.placement.json.JsonFields.bool;
import static org.example.placement.json.JsonFields.decimal;
import static org.example.placement.json.JsonFields.integer;
import static org.example.placement.json.JsonFields.number;
import static org.example.placement.json.JsonFields.object;
import static org.example.placement.json.JsonFields.string;

/**
 * A compact {@link Decision} written straight to a generator: the very text the
 * {@link StrictJson} mapper writes for it under the {@link WireFormat} (the same fields
 * in the same order, the same ones left out when null or empty, enums by name, numbers
 * and strings by the generator's own methods), without looking up a property writer and
 * reflecting on a record for each of the hundreds of findings, approvals and
 * notifications of a 1 x 50 answer. The log writes every answer this way
 * ({@code ledger.LedgerJson}); {@code HandWrittenJsonTests} holds it to the mapper's
 * bytes for every scenario and the load benchmark's requests. A change to the wire format
 * of these records must be made here too.
 */
public final class CompactDecisionWriter {

	private CompactDecisionWriter() {
	}

	/** Writes {@code decision} as the mapper would, trace left out. */
	public static void write(JsonGenerator out, Decision decision) {
		out.writeStartObject();
		string(out, "decisionId", decision.decisionId());
		string(out, "rulesetVersion", decision.rulesetVersion());
		JsonFields.date(out, "asOf", decision.asOf());
		string(out, "responsibleAuthority", decision.responsibleAuthority());
		array(out, "candidates");
		for (RankedCandidate candidate : decision.candidates()) {
			candidate(out, candidate);
		}
		out.writeEndArray();
		array(out, "comparisons");
		for (Comparison comparison : decision.comparisons()) {
			comparison(out, comparison);
		}
		out.writeEndArray();
		if (decision.rankingMethod() != null) {
			string(out, "rankingMethod", decision.rankingMethod().name());
		}
		notifications(out, "notifications", decision.notifications(), false);
		notifications(out, "duties", decision.duties(), false);
		object(out, "rules");
		for (Map.Entry<String, RuleSummary> rule : decision.rules().entrySet()) {
			out.writeName(rule.getKey());
			summary(out, rule.getValue());
		}
		out.writeEndObject();
		out.writeEndObject();
	}

	private static void candidate(JsonGenerator out, RankedCandidate candidate) {
		out.writeStartObject();
		string(out, "ref", candidate.ref());
		integer(out, "rank", candidate.rank());
		string(out, "status", name(candidate.status()));
		string(out, "tier", name(candidate.tier()));
		number(out, "score", candidate.score());
		decimal(out, "distanceMiles", candidate.distanceMiles());
		string(out, "localAuthority", candidate.localAuthority());
		string(out, "location", name(candidate.location()));
		bool(out, "atDistance", candidate.atDistance());
		array(out, "findings");
		for (Finding finding : candidate.findings()) {
			out.writeStartObject();
			string(out, "ruleId", finding.ruleId());
			string(out, "effect", name(finding.effect()));
			if (finding.weight() != null) {
				number(out, "weight", finding.weight());
			}
			out.writeEndObject();
		}
		out.writeEndArray();
		array(out, "approvals");
		for (Approval approval : candidate.approvals()) {
			out.writeStartObject();
			string(out, "ruleId", approval.ruleId());
			string(out, "approver", name(approval.approver()));
			out.writeEndObject();
		}
		out.writeEndArray();
		notifications(out, "notifications", candidate.notifications(), true);
		if (candidate.statutoryScore() != null) {
			number(out, "statutoryScore", candidate.statutoryScore());
		}
		if (candidate.localScore() != null) {
			number(out, "localScore", candidate.localScore());
		}
		out.writeEndObject();
	}

	private static void comparison(JsonGenerator out, Comparison comparison) {
		out.writeStartObject();
		string(out, "higher", comparison.higher());
		string(out, "lower", comparison.lower());
		string(out, "decidedBy", name(comparison.decidedBy()));
		array(out, "ruleIds");
		for (String ruleId : comparison.ruleIds()) {
			out.writeString(ruleId);
		}
		out.writeEndArray();
		if (!comparison.weights().isEmpty()) {
			object(out, "weights");
			for (Map.Entry<String, Integer> weight : comparison.weights().entrySet()) {
				out.writeName(weight.getKey());
				if (weight.getValue() == null) {
					out.writeNull();
				}
				else {
					out.writeNumber(weight.getValue().intValue());
				}
			}
			out.writeEndObject();
		}
		Comparison.Costs costs = comparison.weeklyCosts();
		if (costs != null) {
			object(out, "weeklyCosts");
			decimal(out, "higher", costs.higher());
			decimal(out, "lower", costs.lower());
			out.writeEndObject();
		}
		out.writeEndObject();
	}

	/** Notifications: always written for a candidate, only when any for a decision. */
	private static void notifications(JsonGenerator out, String name, List<Notification> notifications,
			boolean always) {
		if (!always && notifications.isEmpty()) {
			return;
		}
		array(out, name);
		for (Notification notification : notifications) {
			out.writeStartObject();
			string(out, "ruleId", notification.ruleId());
			string(out, "recipient", notification.recipient());
			string(out, "due", notification.due());
			out.writeEndObject();
		}
		out.writeEndArray();
	}

	private static void summary(JsonGenerator out, RuleSummary rule) {
		out.writeStartObject();
		string(out, "title", rule.title());
		string(out, "citation", rule.citation());
		string(out, "effect", name(rule.effect()));
		if (rule.source() != null) {
			string(out, "source", rule.source());
		}
		string(out, "layer", rule.layer());
		if (rule.tier() != null) {
			string(out, "tier", rule.tier().name());
		}
		out.writeEndObject();
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

}
