package org.example.placement.web;

import java.util.List;

import org.example.placement.decision.Decision;
import org.example.placement.decision.ExplainedDecision;
import org.example.placement.decision.InvalidRequestException.FieldError;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code explain} query parameter of the decision endpoints. Left out, a decision is
 * answered compact: each rule described once in {@code rules}, no sentences. With
 * {@code explain=full} it is answered in the full shape, every finding with its title,
 * citation and explanation and every comparison with its reason, built from the compact
 * decision ({@link ExplainedDecision}). Any other value is a 400 naming the parameter.
 */
final class Explain {

	static final String PARAM = "explain";

	static final String FULL = "full";

	private Explain() {
	}

	/** Whether the full shape is asked for. */
	static boolean full(@Nullable String explain) {
		if (explain == null) {
			return false;
		}
		if (FULL.equals(explain)) {
			return true;
		}
		throw new InvalidParameterException(
				List.of(new FieldError(PARAM, "must be " + FULL + ", or left out for the compact decision")));
	}

	/**
	 * A recorded response in the full shape: one recorded compact is explained; one
	 * recorded before decisions were compact (no {@code rules}) is already in it.
	 */
	static String full(String recorded, JsonMapper json) {
		JsonNode tree = json.readTree(recorded);
		if (!tree.has("rules")) {
			return recorded;
		}
		return json.writeValueAsString(ExplainedDecision.of(json.treeToValue(tree, Decision.class)));
	}

}
