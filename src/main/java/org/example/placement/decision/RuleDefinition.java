package org.example.placement.decision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One rule of the loaded ruleset as its metadata describes it: the single source of its
 * citation, effect and weight. {@code layer} is {@code england}, {@code wales} or
 * {@code local/<authority>}; {@code file} is relative to the rules directory.
 */
public record RuleDefinition(String id, String title, String citation, String source, Effect effect, Integer weight,
		Tier tier, Approver approver, String recipient, String due, LocalDate inForceFrom, LocalDate inForceUntil,
		String layer, String file) {

	public RuleDefinition {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(citation, "citation");
		Objects.requireNonNull(effect, "effect");
		Objects.requireNonNull(inForceFrom, "inForceFrom");
		Objects.requireNonNull(layer, "layer");
		Objects.requireNonNull(file, "file");
	}

	/**
	 * In force on {@code date}: from {@code inForceFrom} inclusive until
	 * {@code inForceUntil} exclusive.
	 */
	public boolean inForceOn(LocalDate date) {
		return !date.isBefore(inForceFrom) && (inForceUntil == null || date.isBefore(inForceUntil));
	}

	/**
	 * The weight this rule adds to a candidate's score: + for PREFER, - for DISFAVOUR,
	 * else 0.
	 */
	public int signedWeight() {
		if (weight == null) {
			return 0;
		}
		return switch (effect) {
			case PREFER -> weight;
			case DISFAVOUR -> -weight;
			default -> 0;
		};
	}

	/** Whether this rule belongs to local policy rather than statute. */
	public boolean local() {
		return layer.startsWith("local");
	}

}
