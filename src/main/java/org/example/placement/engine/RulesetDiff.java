package org.example.placement.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import org.example.placement.decision.RuleDefinition;
import org.example.placement.decision.Ruleset;
import org.jspecify.annotations.Nullable;

/**
 * What changed, rule by rule, between two ruleset versions, for policy staff and
 * auditors: rules added, removed, retired (an in-force end date added), re-weighted and
 * re-worded (title, citation or conditions and actions), and amended otherwise (effect,
 * dates, source, tier, approver, recipient, due, file). A rule is matched by its id,
 * which is never reused; one rule may change in several ways at once, and is then listed
 * under each. {@code counts} has every kind, zero included. The one diff behind
 * {@code /rules/diff}, its JSON twin and {@code rules diff}.
 */
public record RulesetDiff(String from, String to, Map<Kind, Integer> counts, List<RuleChange> changes) {

	public RulesetDiff {
		counts = Map.copyOf(counts);
		changes = List.copyOf(changes);
	}

	/** How a rule changed. */
	public enum Kind {

		ADDED, REMOVED, RETIRED, REWEIGHTED, REWORDED, AMENDED

	}

	/**
	 * One rule that changed: how, the rule as it stands in {@code to} (as it stood in
	 * {@code from} when removed), and each field that changed with its value before and
	 * after ({@code text} is the rule's conditions and actions).
	 */
	public record RuleChange(String id, List<Kind> kinds, RuleDefinition rule, List<Field> fields) {

		public RuleChange {
			kinds = List.copyOf(kinds);
			fields = List.copyOf(fields);
		}

	}

	/** A field of a rule before and after; null where it had no value. */
	public record Field(String name, @Nullable String before, @Nullable String after) {
	}

	/** The rules that changed in this way, by id. */
	public List<RuleChange> of(Kind kind) {
		return changes.stream().filter(c -> c.kinds().contains(kind)).toList();
	}

	/**
	 * Compares two rulesets, each with the text of its rules by id ({@link RuleSources}).
	 */
	public static RulesetDiff between(Ruleset from, Map<String, RuleSource> fromTexts, Ruleset to,
			Map<String, RuleSource> toTexts) {
		Map<String, RuleDefinition> before = byId(from);
		Map<String, RuleDefinition> after = byId(to);
		TreeSet<String> ids = new TreeSet<>(before.keySet());
		ids.addAll(after.keySet());
		List<RuleChange> changes = new ArrayList<>();
		for (String id : ids) {
			RuleDefinition was = before.get(id);
			RuleDefinition is = after.get(id);
			if (was == null) {
				changes.add(new RuleChange(id, List.of(Kind.ADDED), Objects.requireNonNull(is), List.of()));
			}
			else if (is == null) {
				changes.add(new RuleChange(id, List.of(Kind.REMOVED), was, List.of()));
			}
			else {
				List<Field> fields = fields(was, is, text(fromTexts, id), text(toTexts, id));
				if (!fields.isEmpty()) {
					changes.add(new RuleChange(id, kinds(was, fields), is, fields));
				}
			}
		}
		Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
		for (Kind kind : Kind.values()) {
			counts.put(kind, (int) changes.stream().filter(c -> c.kinds().contains(kind)).count());
		}
		return new RulesetDiff(from.version(), to.version(), counts, changes);
	}

	private static List<Field> fields(RuleDefinition was, RuleDefinition is, @Nullable String wasText,
			@Nullable String isText) {
		List<Field> fields = new ArrayList<>();
		compare(fields, "title", was, is, RuleDefinition::title);
		compare(fields, "citation", was, is, RuleDefinition::citation);
		if (!Objects.equals(wasText, isText)) {
			fields.add(new Field("text", wasText, isText));
		}
		compare(fields, "weight", was, is, RuleDefinition::weight);
		compare(fields, "inForceUntil", was, is, RuleDefinition::inForceUntil);
		compare(fields, "inForceFrom", was, is, RuleDefinition::inForceFrom);
		compare(fields, "effect", was, is, RuleDefinition::effect);
		compare(fields, "source", was, is, RuleDefinition::source);
		compare(fields, "tier", was, is, RuleDefinition::tier);
		compare(fields, "approver", was, is, RuleDefinition::approver);
		compare(fields, "recipient", was, is, RuleDefinition::recipient);
		compare(fields, "due", was, is, RuleDefinition::due);
		compare(fields, "file", was, is, RuleDefinition::file);
		return fields;
	}

	private static List<Kind> kinds(RuleDefinition was, List<Field> fields) {
		List<Kind> kinds = new ArrayList<>();
		List<String> names = fields.stream().map(Field::name).toList();
		if (was.inForceUntil() == null && names.contains("inForceUntil")) {
			kinds.add(Kind.RETIRED);
		}
		if (names.contains("weight")) {
			kinds.add(Kind.REWEIGHTED);
		}
		if (names.contains("title") || names.contains("citation") || names.contains("text")) {
			kinds.add(Kind.REWORDED);
		}
		boolean retired = kinds.contains(Kind.RETIRED);
		if (names.stream()
			.anyMatch(n -> !List.of("title", "citation", "text", "weight").contains(n)
					&& !(retired && n.equals("inForceUntil")))) {
			kinds.add(Kind.AMENDED);
		}
		return kinds;
	}

	private static void compare(List<Field> fields, String name, RuleDefinition was, RuleDefinition is,
			Function<RuleDefinition, @Nullable Object> field) {
		String before = string(field.apply(was));
		String after = string(field.apply(is));
		if (!Objects.equals(before, after)) {
			fields.add(new Field(name, before, after));
		}
	}

	private static @Nullable String string(@Nullable Object value) {
		return value == null ? null : value instanceof LocalDate date ? date.toString() : value.toString();
	}

	private static @Nullable String text(Map<String, RuleSource> texts, String id) {
		RuleSource source = texts.get(id);
		return source == null ? null : source.text();
	}

	private static Map<String, RuleDefinition> byId(Ruleset ruleset) {
		Map<String, RuleDefinition> rules = new LinkedHashMap<>();
		ruleset.rules().forEach(r -> rules.put(r.id(), r));
		return rules;
	}

}
