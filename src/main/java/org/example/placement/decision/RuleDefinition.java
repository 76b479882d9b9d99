package org.example.placement.decision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One rule of the loaded ruleset as its metadata describes it: the single source of its
 * citation, effect and weight. {@code id} and {@code layer} are the strings of the wire
 * format and the decision log; {@link #ruleId()} and {@link #layerKind()} are their
 * types. {@code layer} names the layer by its folders: {@code england}, {@code wales} or
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
		new RuleId(id);
		Layer.ofName(layer);
	}

	/** The id as a type. */
	public RuleId ruleId() {
		return new RuleId(id);
	}

	/** The layer this rule belongs to. */
	public Layer layerKind() {
		return Layer.ofName(layer);
	}

	/**
	 * Its file relative to its layer's folder: {@code kind-order.drl} of
	 * {@code local/default/kind-order.drl}.
	 */
	public String fileInLayer() {
		return file.startsWith(layer + "/") ? file.substring(layer.length() + 1) : file;
	}

	/**
	 * Whether this rule's layer lies under {@code selector}, whole segments at a time
	 * ({@link Layer#selects}).
	 */
	public boolean inLayer(String selector) {
		return Layer.selects(selector, layer);
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

	/**
	 * Whether this rule belongs to local policy rather than statute: its layer's first
	 * segment is {@code local} (a layer name is checked when made). Ranking asks it of
	 * every match.
	 */
	public boolean local() {
		return Layer.LOCAL.names(layer);
	}

	/**
	 * Equal components, compared in the record's way, the id first: ranking compares a
	 * candidate's rules with a decision's duties and with its neighbour's, and the
	 * record's own {@code equals} (a chain of method handles through every component) was
	 * a visible part of it.
	 */
	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof RuleDefinition that && id.equals(that.id) && sameText(that)
				&& effect == that.effect && Objects.equals(weight, that.weight) && tier == that.tier
				&& approver == that.approver && Objects.equals(recipient, that.recipient)
				&& Objects.equals(due, that.due) && inForceFrom.equals(that.inForceFrom)
				&& Objects.equals(inForceUntil, that.inForceUntil) && layer.equals(that.layer)
				&& file.equals(that.file));
	}

	private boolean sameText(RuleDefinition that) {
		return title.equals(that.title) && citation.equals(that.citation) && Objects.equals(source, that.source);
	}

}
