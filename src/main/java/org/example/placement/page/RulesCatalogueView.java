package org.example.placement.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.example.placement.decision.Layer;
import org.example.placement.decision.RuleDefinition;
import org.example.placement.engine.RuleBook.Catalogue;
import org.example.placement.engine.RuleSource;
import org.example.placement.scenario.Coverage;
import org.jspecify.annotations.Nullable;

/**
 * The rule catalogue as {@code /rules} shows it: statute (England, then Wales) before
 * local policy, each layer by folder, each rule with its metadata, where it is written,
 * the scenarios that show it firing and not firing (the gate's coverage) and its bar on
 * the in-force timeline.
 */
record RulesCatalogueView(String version, Instant loadedAt, int files, int rules, RuleTimeline timeline,
		List<LayerView> layers) {

	/** One layer: statutory or local, and its folders. */
	record LayerView(String layer, String heading, boolean statutory, List<FolderView> folders) {
	}

	/** One folder of a layer ({@code ""} for files at the layer's top). */
	record FolderView(String folder, List<RuleRow> rules) {
	}

	/** One rule as a row of the catalogue. */
	record RuleRow(RuleDefinition rule, String effect, int line, @Nullable String confidence, List<String> fires,
			List<String> doesNotFire, RuleTimeline.Bar bar) {
	}

	static RulesCatalogueView of(Catalogue catalogue, Coverage coverage, LocalDate today) {
		List<RuleDefinition> rules = catalogue.ruleset().rules();
		RuleTimeline timeline = RuleTimeline.of(rules, today);
		Map<String, List<RuleDefinition>> byLayer = rules.stream()
			.sorted(Comparator.comparing((RuleDefinition r) -> r.local())
				.thenComparing(r -> r.layer().equals("local/default") ? "" : r.layer())
				.thenComparing(RuleDefinition::file)
				.thenComparing(RuleDefinition::id))
			.collect(Collectors.groupingBy(RuleDefinition::layer, LinkedHashMap::new, Collectors.toList()));
		List<LayerView> layers = byLayer.entrySet()
			.stream()
			.map(e -> new LayerView(e.getKey(), heading(e.getKey()), Layer.ofName(e.getKey()).statutory(),
					folders(e.getValue(), catalogue, coverage, timeline)))
			.toList();
		return new RulesCatalogueView(catalogue.ruleset().version(),
				catalogue.ruleset().loadedAt().truncatedTo(ChronoUnit.SECONDS), catalogue.ruleset().files().size(),
				rules.size(), timeline, layers);
	}

	private static List<FolderView> folders(List<RuleDefinition> rules, Catalogue catalogue, Coverage coverage,
			RuleTimeline timeline) {
		Map<String, List<RuleRow>> folders = new LinkedHashMap<>();
		for (RuleDefinition rule : rules) {
			String inLayer = rule.fileInLayer();
			String folder = inLayer.contains("/") ? inLayer.substring(0, inLayer.lastIndexOf('/')) : "";
			RuleSource source = catalogue.sources().get(rule.id());
			folders.computeIfAbsent(folder, f -> new ArrayList<>())
				.add(new RuleRow(rule, effect(rule), source == null ? 0 : source.line(),
						source == null ? null : source.confidence(),
						List.copyOf(coverage.fires().getOrDefault(rule.id(), Set.of())),
						List.copyOf(coverage.doesNotFire().getOrDefault(rule.id(), Set.of())), timeline.bar(rule)));
		}
		return folders.entrySet().stream().map(e -> new FolderView(e.getKey(), e.getValue())).toList();
	}

	/** The effect with what it carries: the tier set, the approver, the recipient. */
	static String effect(RuleDefinition rule) {
		StringBuilder effect = new StringBuilder(rule.effect().name());
		if (rule.tier() != null) {
			effect.append(' ').append(rule.tier());
		}
		if (rule.approver() != null) {
			effect.append(" by ").append(rule.approver());
		}
		if (rule.recipient() != null) {
			effect.append(" to ").append(rule.recipient());
		}
		return effect.toString();
	}

	static String heading(String layer) {
		if (layer.equals("england")) {
			return "Statute: England";
		}
		if (layer.equals("wales")) {
			return "Statute: Wales";
		}
		String authority = layer.substring(layer.indexOf('/') + 1);
		return "Local policy: " + (authority.equals("default") ? "default (authorities without their own)" : authority);
	}

}
