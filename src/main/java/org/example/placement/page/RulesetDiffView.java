package org.example.placement.page;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.example.placement.engine.RulesetDiff;
import org.example.placement.engine.RulesetDiff.Kind;
import org.example.placement.engine.RulesetDiff.RuleChange;

/**
 * {@code /rules/diff}: the diff, one section for each way a rule can change, in the order
 * a reader weighs them (added, removed, retired, re-weighted, re-worded, amended).
 */
record RulesetDiffView(String from, String to, int changed, List<Section> sections) {

	/** The rules that changed in one way, with what to call it. */
	record Section(Kind kind, String id, String heading, String meaning, int count, List<RuleChange> changes) {
	}

	static RulesetDiffView of(RulesetDiff diff) {
		List<Section> sections = Arrays.stream(Kind.values())
			.map(kind -> new Section(kind, kind.name().toLowerCase(Locale.ROOT), heading(kind), meaning(kind),
					diff.counts().get(kind), diff.of(kind)))
			.toList();
		return new RulesetDiffView(diff.from(), diff.to(), diff.changes().size(), sections);
	}

	static String heading(Kind kind) {
		return switch (kind) {
			case ADDED -> "Added";
			case REMOVED -> "Removed";
			case RETIRED -> "Retired";
			case REWEIGHTED -> "Re-weighted";
			case REWORDED -> "Re-worded";
			case AMENDED -> "Amended otherwise";
		};
	}

	private static String meaning(Kind kind) {
		return switch (kind) {
			case ADDED -> "Rules in the later version only.";
			case REMOVED -> "Rules in the earlier version only.";
			case RETIRED -> "Rules given a date they stop being in force.";
			case REWEIGHTED -> "Preferences whose weight changed.";
			case REWORDED -> "Rules whose title, citation, or conditions and actions changed.";
			case AMENDED -> "Rules whose effect, dates, source, approver, recipient or file changed.";
		};
	}

}
