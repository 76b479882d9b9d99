package org.example.placement.engine;

import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.example.placement.decision.RuleProblem;

/**
 * The problems of one rule, reported with its file and line, and the metadata readers
 * that find them.
 */
record Located(String file, int line, List<RuleProblem> problems, boolean[] bad) {

	Located(String file, int line, List<RuleProblem> problems) {
		this(file, line, problems, new boolean[1]);
	}

	void problem(String message) {
		bad[0] = true;
		problems.add(new RuleProblem(file, line, message));
	}

	boolean failed() {
		return bad[0];
	}

	String required(Map<String, Object> meta, String key) {
		Object value = meta.get(key);
		if (value == null || value.toString().isBlank()) {
			problem("missing required metadata @" + key + "(\"...\")");
			return null;
		}
		return value.toString();
	}

	<T> T parse(Map<String, Object> meta, String key, boolean required, Function<String, T> parser) {
		Object value = meta.get(key);
		if (value == null) {
			if (required) {
				problem("missing required metadata @" + key + "(\"...\")");
			}
			return null;
		}
		try {
			return parser.apply(value.toString());
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			problem("@" + key + "(\"" + value + "\") is not valid (quote dates as \"yyyy-mm-dd\"; codes in capitals)");
			return null;
		}
	}

}
