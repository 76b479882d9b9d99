package org.example.placement.ledger;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.example.placement.decision.Match;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/**
 * The log's texts as {@link LedgerJson}'s mapper writes them into a kept
 * {@link TextFrame}, each copied once to its length; and the fired rules' text, written
 * straight to the generator.
 */
final class FramedJson {

	private static final SerializedString RULE = new SerializedString("rule"),
			CANDIDATE = new SerializedString("candidate");

	private static final byte[] FIRST_RULE = ascii("{\"rule\":\""), NEXT_RULE = ascii(",{\"rule\":\""),
			THEN_CANDIDATE = ascii("\",\"candidate\":\""), CLOSING = ascii("\"}");

	private FramedJson() {
	}

	/**
	 * One text written alone, in a kept frame ({@link #written}) with room for
	 * {@code room} bytes.
	 */
	static byte[] alone(int room, int candidates, @Nullable TextSizeHint size, Consumer<JsonGenerator> writer) {
		return Compressors.SHARED.framing((frame) -> {
			frame.reserve(room);
			return written(frame, candidates, size, writer);
		});
	}

	/**
	 * What {@code writer} writes to a generator of the mapper's, in UTF-8, into
	 * {@code frame}, copied once to its length; {@code size}, if any, learns its bytes a
	 * candidate, to size the next frame.
	 */
	static byte[] written(TextFrame frame, int candidates, @Nullable TextSizeHint size,
			Consumer<JsonGenerator> writer) {
		frame.begin();
		try (JsonGenerator out = LedgerJson.MAPPER.createGenerator(frame)) {
			writer.accept(out);
		}
		byte[] utf8 = frame.end();
		if (size != null) {
			size.learn(candidates, utf8.length);
		}
		return utf8;
	}

	/**
	 * The fired rules' text ({@link #firedRules}) in {@code frame}, copied once to its
	 * length: written byte by byte when every rule id and candidate reference is
	 * printable ASCII needing no escape (the bytes the generator writes for them, without
	 * its per-name and per-string work: some 900 of each for a 1 x 50 decision), else by
	 * the generator.
	 */
	static byte[] fired(TextFrame frame, List<Match> trace) {
		int mark = frame.size();
		frame.begin();
		if (plainFired(frame, trace)) {
			return frame.end();
		}
		frame.cut(mark);
		return written(frame, 0, null, (out) -> firedRules(out, trace));
	}

	private static boolean plainFired(TextFrame frame, List<Match> trace) {
		frame.write('[');
		for (int i = 0; i < trace.size(); i++) {
			Match match = trace.get(i);
			byte[] opening = (i == 0) ? FIRST_RULE : NEXT_RULE;
			frame.write(opening, 0, opening.length);
			if (!frame.plain(match.rule().id())) {
				return false;
			}
			frame.write(THEN_CANDIDATE, 0, THEN_CANDIDATE.length);
			if (!frame.plain(match.candidateRef())) {
				return false;
			}
			frame.write(CLOSING, 0, CLOSING.length);
		}
		frame.write(']');
		return true;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	static int firedRoom(List<Match> trace) {
		return 32 + 48 * trace.size();
	}

	static void firedRules(JsonGenerator out, List<Match> trace) {
		out.writeStartArray();
		for (Match match : trace) {
			out.writeStartObject();
			out.writeName(RULE);
			out.writeString(match.rule().id());
			out.writeName(CANDIDATE);
			out.writeString(match.candidateRef());
			out.writeEndObject();
		}
		out.writeEndArray();
	}

}
