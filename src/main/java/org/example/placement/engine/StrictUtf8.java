package org.example.placement.engine;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import org.example.placement.decision.RuleProblem;

/**
 * Reads rule files as UTF-8 and nothing else. A file saved in another encoding (a
 * spreadsheet's plain "CSV" is Latin-1 or Windows-1252) is refused, naming the line of
 * the first bytes that are not UTF-8: guessing, or replacing them with U+FFFD, would put
 * text into the ruleset that no one wrote.
 */
final class StrictUtf8 {

	private StrictUtf8() {
	}

	/**
	 * The text of {@code bytes}, or null after adding a problem that locates the first
	 * bad bytes.
	 */
	static String decode(String file, byte[] bytes, List<RuleProblem> problems) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		// UTF-8 never decodes to more chars than it has bytes
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			problems.add(problem(file, bytes, in.position(), result.length(), out));
			return null;
		}
		return out.flip().toString();
	}

	/**
	 * Where the bad bytes are: 0x0A is a line feed and nothing else in UTF-8, so lines
	 * are counted in bytes.
	 */
	private static RuleProblem problem(String file, byte[] bytes, int at, int length, CharBuffer decoded) {
		int line = 1;
		for (int i = 0; i < at; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		int column = 1;
		for (int i = decoded.position() - 1; i >= 0 && decoded.get(i) != '\n'; i--) {
			column++;
		}
		int end = Math.min(at + Math.max(length, 1), bytes.length);
		String seen = (end - at == 1 ? "byte 0x" : "bytes 0x")
				+ HexFormat.ofDelimiter(" 0x").withUpperCase().formatHex(bytes, at, end);
		return new RuleProblem(file, line, "is not UTF-8: " + seen + " at column " + column
				+ " cannot be read; save the file as UTF-8 (\"CSV UTF-8\" in a spreadsheet program)");
	}

}
