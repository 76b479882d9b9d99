package org.example.placement.ledger;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Match;
import org.example.placement.json.JsonPaths;
import org.example.placement.json.StrictJson;
import tools.jackson.core.JacksonException;
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

	String fired(List<Match> trace) {
		return write(trace.stream().map(match -> new FiredRule(match.rule().id(), match.candidateRef())).toList());
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
