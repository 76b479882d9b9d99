package org.example.placement.decision;

import java.util.Objects;

/**
 * A rule's id: its name in the rule file, never reused or renumbered. Statutory ids start
 * with their layer's prefix ({@code ENG-}, {@code WAL-}), local ones with {@code LOCAL-}
 * ({@link Layer#idPrefix()}). On the wire, in the decision log and in scenarios it is the
 * plain string ({@link #value()}).
 */
public record RuleId(String value) implements Comparable<RuleId> {

	public RuleId {
		Objects.requireNonNull(value, "value");
		if (value.isBlank()) {
			throw new IllegalArgumentException("a rule id may not be blank");
		}
	}

	/** Whether this id may name a rule of {@code layer}: it starts with its prefix. */
	public boolean fits(Layer layer) {
		return value.startsWith(layer.idPrefix());
	}

	@Override
	public int compareTo(RuleId other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}

}
