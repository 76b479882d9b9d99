package org.example.placement.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.antlr4.DRL10Lexer;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a DRL file: the descriptors' own lines, and from the DRL lexer's tokens
 * (comments and string literals are tokens of their own, so nothing in them is mistaken
 * for code) the lines the descriptors do not keep: each annotation's, and where the text
 * of each consequence begins (its first code or comment after {@code then}).
 */
record DrlLines(List<Annotation> annotations, Map<Integer, Integer> consequenceAfterThen) implements SourceLines {

	/** The tokens a consequence's text is made of: code and comments. */
	private static final Set<Integer> CONSEQUENCE = Set.of(DRL10Lexer.RHS_CHUNK, DRL10Lexer.RHS_LINE_COMMENT,
			DRL10Lexer.RHS_COMMENT);

	/** An {@code @name} token on {@code line}. */
	record Annotation(int line, String name) {
	}

	static DrlLines of(String drl) {
		DRL10Lexer lexer = new DRL10Lexer(CharStreams.fromString(drl));
		lexer.removeErrorListeners();
		List<Token> tokens = new ArrayList<>();
		for (Token token : lexer.getAllTokens()) {
			if (token.getChannel() == Token.DEFAULT_CHANNEL) {
				tokens.add(token);
			}
		}
		List<Annotation> annotations = new ArrayList<>();
		Map<Integer, Integer> firstCode = new HashMap<>();
		for (int i = 0; i + 1 < tokens.size(); i++) {
			Token token = tokens.get(i);
			Token next = tokens.get(i + 1);
			if (token.getType() == DRL10Lexer.AT && next.getType() == DRL10Lexer.IDENTIFIER) {
				annotations.add(new Annotation(token.getLine(), next.getText()));
			}
			if (token.getType() == DRL10Lexer.DRL_THEN && CONSEQUENCE.contains(next.getType())) {
				firstCode.putIfAbsent(token.getLine(), next.getLine());
			}
		}
		return new DrlLines(List.copyOf(annotations), Map.copyOf(firstCode));
	}

	@Override
	public int line(@Nullable String rule, int drlLine) {
		return Math.max(drlLine, 0);
	}

	@Override
	public String where(@Nullable String rule) {
		return "";
	}

	@Override
	public int annotation(int ownerLine, String name) {
		return annotations.stream()
			.filter((a) -> a.line() >= ownerLine && a.name().equals(name))
			.mapToInt(Annotation::line)
			.findFirst()
			.orElse(ownerLine);
	}

	@Override
	public int consequence(RuleDescr rule) {
		int then = rule.getConsequenceLine();
		return consequenceAfterThen.getOrDefault(then, then);
	}

	@Override
	public int parseError(int row) {
		return Math.max(row, 0);
	}

}
