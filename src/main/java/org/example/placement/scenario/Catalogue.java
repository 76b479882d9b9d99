package org.example.placement.scenario;

import java.util.stream.Collectors;

import org.example.placement.decision.Layer;
import org.example.placement.decision.RuleDefinition;
import org.example.placement.decision.Ruleset;

/**
 * The human-readable rule catalogue (Markdown): every rule with title, citation, effect,
 * weight, dates, layer, file and the scenarios that cover it, grouped by layer. Generated
 * from the rules' metadata, so it cannot drift from what decides.
 */
public final class Catalogue {

	private Catalogue() {
	}

	public static String markdown(Ruleset ruleset, Coverage coverage) {
		StringBuilder out = new StringBuilder();
		out.append("# Rule catalogue\n\n")
			.append("Ruleset `")
			.append(ruleset.version())
			.append("`: ")
			.append(ruleset.rules().size())
			.append(" rules in ")
			.append(ruleset.files().size())
			.append(" files.\n");
		ruleset.rules()
			.stream()
			.collect(Collectors.groupingBy(RuleDefinition::layer, java.util.TreeMap::new, Collectors.toList()))
			.forEach((layer, rules) -> {
				out.append("\n## ")
					.append(Layer.ofName(layer).statutory() ? "Statute: " : "Local policy: ")
					.append(layer)
					.append("\n\n| id | title | citation | effect | weight | in force | file | scenarios |\n")
					.append("|---|---|---|---|---|---|---|---|\n");
				rules.forEach(r -> out.append(row(r, coverage)));
			});
		return out.toString();
	}

	private static String row(RuleDefinition r, Coverage coverage) {
		String dates = r.inForceFrom() + (r.inForceUntil() == null ? " onwards" : " until " + r.inForceUntil());
		String effect = r.effect() + (r.tier() != null ? " " + r.tier() : "")
				+ (r.approver() != null ? " " + r.approver() : "") + (r.recipient() != null ? " " + r.recipient() : "");
		String scenarios = coverage.scenariosOf(r.id())
			.stream()
			.map(s -> "`" + s + "`")
			.collect(Collectors.joining("<br>"));
		return "| " + String.join(" | ", r.id(), cell(r.title()), cell(r.citation()), effect,
				r.weight() == null ? "" : String.valueOf(r.weight()), dates, "`" + r.file() + "`",
				scenarios.isEmpty() ? "**none**" : scenarios) + " |\n";
	}

	private static String cell(String text) {
		return text.replace("|", "\\|");
	}

}
