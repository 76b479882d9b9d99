package org.example.placement.ledger;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Match;
import org.example.placement.decision.RecordedDecision;
import org.example.placement.json.JsonPaths;
import org.example.placement.json.StrictJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON the log stores: the request as decided, the decision as the API sends it
 * ({@code trace} is {@code @JsonIgnore}d there, so it is here), and the fired rules as
 * {@code [{"rule": id, "candidate": ref}]}. Written and read back by the one
 * {@link StrictJson} mapper, under the rules the API reads requests by, so a record holds
 * nothing a caller could not have sent.
 */
final class LedgerJson {

	private static final JsonMapper MAPPER = StrictJson.mapper();

	String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	/**
	 * The three texts of a new record, each written once: the request as decided, the
	 * decision as the API sends it, and the rules that fired.
	 */
	RecordTexts texts(DecisionRequest request, Decision decision) {
		return RecordTexts.of(write(request), write(decision), fired(decision.trace()));
	}

	/**
	 * The fired rules as {@code [{"rule":id,"candidate":ref},...]}, written straight to
	 * the generator: the same text the mapper writes for a list of {@link FiredRule}s (a
	 * record before this was written that way, and a replay compares the two), without
	 * making a record for each of a thousand firings first.
	 */
	String fired(List<Match> trace) {
		StringWriter text = new StringWriter(32 + 48 * trace.size());
		try (JsonGenerator out = MAPPER.createGenerator(text)) {
			out.writeStartArray();
			for (Match match : trace) {
				out.writeStartObject();
				out.writeName("rule");
				out.writeString(match.rule().id());
				out.writeName("candidate");
				out.writeString(match.candidateRef());
				out.writeEndObject();
			}
			out.writeEndArray();
		}
		return text.toString();
	}

	/**
	 * The response a key holds, as the API answers it: the bytes recorded, when recorded
	 * compact (every decision since issue 12); a response recorded in the full shape,
	 * before, is answered compact, as it was then.
	 */
	RecordedDecision recorded(String responseJson) {
		Decision decision = readDecision(responseJson);
		boolean compact = MAPPER.readTree(responseJson).has("rules");
		return new RecordedDecision(decision,
				(compact ? responseJson : write(decision)).getBytes(StandardCharsets.UTF_8));
	}

	DecisionRequest readRequest(String json) {
		return MAPPER.readValue(json, DecisionRequest.class);
	}

	/**
	 * Where a stored request fails today's reading rules, by field path; never the value
	 * there.
	 */
	String unreadable(JacksonException ex) {
		return "field " + JsonPaths.of(ex.getPath()) + " (" + ex.getClass().getSimpleName() + ")";
	}

	/**
	 * A recorded response read back as the decision it was written from (without its
	 * trace, never stored).
	 */
	Decision readDecision(String json) {
		return MAPPER.readValue(json, Decision.class);
	}

	/** Stored JSON as a tree, read by this one mapper (replay compares two of these). */
	JsonNode tree(String json) {
		return MAPPER.readTree(json);
	}

	/**
	 * Whether the request JSON holds this authority and as-of date (the filter columns
	 * copy them).
	 */
	boolean describes(String requestJson, String responsibleAuthority, LocalDate asOf) {
		try {
			JsonNode request = MAPPER.readTree(requestJson);
			return responsibleAuthority.equals(request.path("responsibleAuthority").asString(""))
					&& asOf.toString().equals(request.path("asOf").asString(""));
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	/** Whether the fired rules ({@link #fired}) hold {@code ruleId}. */
	boolean fires(String firedJson, String ruleId) {
		for (JsonNode fired : MAPPER.readTree(firedJson)) {
			if (ruleId.equals(fired.path("rule").asString(""))) {
				return true;
			}
		}
		return false;
	}

	/** One rule that fired for one candidate, in the order the trace holds them. */
	@JsonPropertyOrder({ "rule", "candidate" })
	record FiredRule(String rule, String candidate) {
	}

}
