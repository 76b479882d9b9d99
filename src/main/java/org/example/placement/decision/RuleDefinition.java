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
	 * As a record's, written out, the same itself first: a decision compares its
	 * findings' rules, which are the ruleset's own instances, and the record's own
	 * equality compares all fourteen components through method handles every time. The
	 * hash is the record's own.
	 */
	@Override
	public boolean equals(Object other) {
		return this == other || other instanceof RuleDefinition rule && id.equals(rule.id) && title.equals(rule.title)
				&& citation.equals(rule.citation) && Objects.equals(source, rule.source) && effect == rule.effect
				&& Objects.equals(weight, rule.weight) && tier == rule.tier && approver == rule.approver
				&& Objects.equals(recipient, rule.recipient) && Objects.equals(due, rule.due)
				&& inForceFrom.equals(rule.inForceFrom) && Objects.equals(inForceUntil, rule.inForceUntil)
				&& layer.equals(rule.layer) && file.equals(rule.file);
	}

	/** Whether this rule belongs to local policy rather than statute. */
	public boolean local() {
		return !layerKind().statutory();
	}

}
