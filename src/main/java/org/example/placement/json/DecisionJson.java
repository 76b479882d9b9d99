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
import tools.jackson.core.io.SerializedString;

import static org.example.placement.json.Fields.bool;
import static org.example.placement.json.Fields.name;
import static org.example.placement.json.Fields.named;
import static org.example.placement.json.Fields.number;
import static org.example.placement.json.Fields.string;
import static org.example.placement.json.Fields.strings;

/**
 * A compact {@link Decision} written field by field to a generator: the very bytes the
 * service's mapper ({@link StrictJson}, with {@link WireFormat}) writes for it, without a
 * serializer looked up or a property read through a method handle for each value of each
 * candidate. What {@link WireFormat} leaves out is left out here: the trace, an absent
 * ranking method, empty notifications and duties, a finding's null weight, a comparison's
 * empty weights and absent costs, a rule's absent source and tier, and the statutory and
 * local scores when absent. {@code DecisionJsonTests} holds it to the mapper's bytes.
 */
public final class DecisionJson {

	private static final SerializedString DECISION_ID = name("decisionId"), VERSION = name("rulesetVersion"),
			AS_OF = name("asOf"), AUTHORITY = name("responsibleAuthority"), CANDIDATES = name("candidates"),
			COMPARISONS = name("comparisons"), METHOD = name("rankingMethod"), NOTIFICATIONS = name("notifications"),
			DUTIES = name("duties"), RULES = name("rules");

	private static final SerializedString REF = name("ref"), RANK = name("rank"), STATUS = name("status"),
			TIER = name("tier"), SCORE = name("score"), DISTANCE_MILES = name("distanceMiles"),
			LOCAL_AUTHORITY = name("localAuthority"), LOCATION = name("location"), AT_DISTANCE = name("atDistance"),
			FINDINGS = name("findings"), APPROVALS = name("approvals"), STATUTORY_SCORE = name("statutoryScore"),
			LOCAL_SCORE = name("localScore"), RULE_ID = name("ruleId"), EFFECT = name("effect"),
			WEIGHT = name("weight"), APPROVER = name("approver"), RECIPIENT = name("recipient"), DUE = name("due");

	private static final SerializedString HIGHER = name("higher"), LOWER = name("lower"),
			DECIDED_BY = name("decidedBy"), RULE_IDS = name("ruleIds"), WEIGHTS = name("weights"),
			WEEKLY_COSTS = name("weeklyCosts"), TITLE = name("title"), CITATION = name("citation"),
			SOURCE = name("source"), LAYER = name("layer");

	private DecisionJson() {
	}

	public static void write(JsonGenerator out, Decision decision) {
		out.writeStartObject();
		string(out, DECISION_ID, decision.decisionId());
		string(out, VERSION, decision.rulesetVersion());
		Fields.date(out, AS_OF, decision.asOf());
		string(out, AUTHORITY, decision.responsibleAuthority());
		out.writeName(CANDIDATES);
		out.writeStartArray();
		for (RankedCandidate candidate : decision.candidates()) {
			candidate(out, candidate);
		}
		out.writeEndArray();
		out.writeName(COMPARISONS);
		out.writeStartArray();
		for (Comparison comparison : decision.comparisons()) {
			comparison(out, comparison);
		}
		out.writeEndArray();
		if (decision.rankingMethod() != null) {
			named(out, METHOD, decision.rankingMethod());
		}
		if (!decision.notifications().isEmpty()) {
			notifications(out, NOTIFICATIONS, decision.notifications());
		}
		if (!decision.duties().isEmpty()) {
			notifications(out, DUTIES, decision.duties());
		}
		rules(out, decision.rules());
		out.writeEndObject();
	}

	private static void candidate(JsonGenerator out, RankedCandidate candidate) {
		out.writeStartObject();
		string(out, REF, candidate.ref());
		number(out, RANK, candidate.rank());
		named(out, STATUS, candidate.status());
		named(out, TIER, candidate.tier());
		out.writeName(SCORE);
		out.writeNumber(candidate.score());
		number(out, DISTANCE_MILES, candidate.distanceMiles());
		string(out, LOCAL_AUTHORITY, candidate.localAuthority());
		named(out, LOCATION, candidate.location());
		bool(out, AT_DISTANCE, candidate.atDistance());
		out.writeName(FINDINGS);
		out.writeStartArray();
		for (Finding finding : candidate.findings()) {
			out.writeStartObject();
			string(out, RULE_ID, finding.ruleId());
			named(out, EFFECT, finding.effect());
			if (finding.weight() != null) {
				number(out, WEIGHT, finding.weight());
			}
			out.writeEndObject();
		}
		out.writeEndArray();
		approvals(out, candidate.approvals());
		notifications(out, NOTIFICATIONS, candidate.notifications());
		if (candidate.statutoryScore() != null) {
			number(out, STATUTORY_SCORE, candidate.statutoryScore());
		}
		if (candidate.localScore() != null) {
			number(out, LOCAL_SCORE, candidate.localScore());
		}
		out.writeEndObject();
	}

	private static void approvals(JsonGenerator out, List<Approval> approvals) {
		out.writeName(APPROVALS);
		out.writeStartArray();
		for (Approval approval : approvals) {
			out.writeStartObject();
			string(out, RULE_ID, approval.ruleId());
			named(out, APPROVER, approval.approver());
			out.writeEndObject();
		}
		out.writeEndArray();
	}

	private static void notifications(JsonGenerator out, SerializedString name, List<Notification> notifications) {
		out.writeName(name);
		out.writeStartArray();
		for (Notification notification : notifications) {
			out.writeStartObject();
			string(out, RULE_ID, notification.ruleId());
			string(out, RECIPIENT, notification.recipient());
			string(out, DUE, notification.due());
			out.writeEndObject();
		}
		out.writeEndArray();
	}

	private static void comparison(JsonGenerator out, Comparison comparison) {
		out.writeStartObject();
		string(out, HIGHER, comparison.higher());
		string(out, LOWER, comparison.lower());
		named(out, DECIDED_BY, comparison.decidedBy());
		strings(out, RULE_IDS, comparison.ruleIds());
		if (!comparison.weights().isEmpty()) {
			out.writeName(WEIGHTS);
			out.writeStartObject();
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
		if (comparison.weeklyCosts() != null) {
			out.writeName(WEEKLY_COSTS);
			out.writeStartObject();
			number(out, HIGHER, comparison.weeklyCosts().higher());
			number(out, LOWER, comparison.weeklyCosts().lower());
			out.writeEndObject();
		}
		out.writeEndObject();
	}

	private static void rules(JsonGenerator out, Map<String, RuleSummary> rules) {
		out.writeName(RULES);
		out.writeStartObject();
		for (Map.Entry<String, RuleSummary> rule : rules.entrySet()) {
			out.writeName(rule.getKey());
			RuleSummary summary = rule.getValue();
			if (summary == null) {
				out.writeNull();
				continue;
			}
			out.writeStartObject();
			string(out, TITLE, summary.title());
			string(out, CITATION, summary.citation());
			named(out, EFFECT, summary.effect());
			if (summary.source() != null) {
				string(out, SOURCE, summary.source());
			}
			string(out, LAYER, summary.layer());
			if (summary.tier() != null) {
				named(out, TIER, summary.tier());
			}
			out.writeEndObject();
		}
		out.writeEndObject();
	}

}
