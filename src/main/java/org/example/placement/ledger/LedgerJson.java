package org.example.placement.ledger;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Match;
import org.example.placement.decision.RecordedDecision;
import org.example.placement.json.DecisionJson;
import org.example.placement.json.JsonPaths;
import org.example.placement.json.RequestJson;
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

	static final JsonMapper MAPPER = StrictJson.mapper();

	/**
	 * Bytes a candidate took in the last request's text and the last decision's (a 1 x 50
	 * request some 670, its decision 960; 1 x 1,000: 660 and 700).
	 */
	private final TextSizeHint requestSize = new TextSizeHint(768), responseSize = new TextSizeHint(1024);

	String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	/**
	 * The three texts of a new record, each written once, straight to UTF-8: the request
	 * as decided, the decision as the API sends it, and the rules that fired; and the
	 * payload they are stored as ({@link LedgerPayload}), compressed from the frame they
	 * were written into ({@link TextFrame}), so each text is copied once, to its length.
	 */
	NewRecord texts(DecisionRequest request, Decision decision) {
		int candidates = candidates(request);
		int decided = decision.candidates().size();
		List<Match> trace = decision.trace();
		return Compressors.SHARED.framing((frame) -> {
			frame.reserve(requestSize.room(candidates) + responseSize.room(decided) + FramedJson.firedRoom(trace) + 12);
			byte[] requestText = FramedJson.written(frame, candidates, requestSize,
					(out) -> RequestJson.write(out, request));
			byte[] responseText = FramedJson.written(frame, decided, responseSize,
					(out) -> DecisionJson.write(out, decision));
			byte[] firedText = FramedJson.fired(frame, trace);
			RecordTexts texts = new RecordTexts(surrogateFree(requestText, () -> request),
					surrogateFree(responseText, () -> decision), surrogateFree(firedText, () -> asWritten(trace)));
			if (texts.request() != requestText || texts.response() != responseText || texts.fired() != firedText) {
				// a text written the old way: the frame holds what the generator wrote
				frame.clear(Integer.MAX_VALUE);
				frame.add(texts.request());
				frame.add(texts.response());
				frame.add(texts.fired());
			}
			return new NewRecord(texts, frame.compressed());
		});
	}

	/** A new record's texts and the payload they are stored as. */
	record NewRecord(RecordTexts texts, byte[] payload) {
	}

	/**
	 * The request as {@link #utf8(Object)} writes it, field by field
	 * ({@link RequestJson}).
	 */
	byte[] utf8(DecisionRequest request) {
		int candidates = candidates(request);
		return surrogateFree(FramedJson.alone(requestSize.room(candidates), candidates, requestSize,
				(out) -> RequestJson.write(out, request)), () -> request);
	}

	/**
	 * The decision as {@link #utf8(Object)} writes it, field by field
	 * ({@link DecisionJson}).
	 */
	byte[] utf8(Decision decision) {
		int candidates = decision.candidates().size();
		return surrogateFree(FramedJson.alone(responseSize.room(candidates), candidates, responseSize,
				(out) -> DecisionJson.write(out, decision)), () -> decision);
	}

	private static int candidates(DecisionRequest request) {
		return request.candidates() == null ? 0 : request.candidates().size();
	}

	/**
	 * {@code utf8}, unless it escapes a surrogate: then {@code value}'s text written the
	 * old way ({@link #utf8(Object)}).
	 */
	private byte[] surrogateFree(byte[] utf8, Supplier<Object> value) {
		return escapesASurrogate(utf8) ? write(value.get()).getBytes(StandardCharsets.UTF_8) : utf8;
	}

	/**
	 * {@code value} as {@link #write} writes it, encoded in UTF-8: the very bytes,
	 * written by the mapper's UTF-8 generator without a string in between. The one place
	 * the two ways differ is a lone surrogate (a {@code \}{@code uD800} a caller sent
	 * alone): encoding a string turns it into {@code ?}, as records have always been
	 * stored, while the UTF-8 generator escapes it, so such a value is written the old
	 * way.
	 */
	byte[] utf8(Object value) {
		byte[] utf8 = MAPPER.writeValueAsBytes(value);
		return escapesASurrogate(utf8) ? write(value).getBytes(StandardCharsets.UTF_8) : utf8;
	}

	/**
	 * The fired rules as {@code [{"rule":id,"candidate":ref},...]} in UTF-8, written
	 * straight to the generator: the same bytes as the mapper writes for a list of
	 * {@link FiredRule}s (a record before this was written that way, and a replay
	 * compares the two), without making a record for each of a thousand firings first.
	 */
	byte[] fired(List<Match> trace) {
		return surrogateFree(Compressors.SHARED.framing((frame) -> {
			frame.reserve(FramedJson.firedRoom(trace));
			return FramedJson.fired(frame, trace);
		}), () -> asWritten(trace));
	}

	/**
	 * The fired rules as a list of {@link FiredRule}s, for {@link #surrogateFree}: the
	 * mapper writes the same text for it as {@link FramedJson#firedRules}.
	 */
	private static List<FiredRule> asWritten(List<Match> trace) {
		return trace.stream().map((match) -> new FiredRule(match.rule().id(), match.candidateRef())).toList();
	}

	/** Whether UTF-8 JSON holds an escaped surrogate ({@link EscapedSurrogates}). */
	static boolean escapesASurrogate(byte[] json) {
		return EscapedSurrogates.in(json);
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

	/** Stored JSON in UTF-8 ({@link #fired}) as a tree. */
	JsonNode tree(byte[] json) {
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
