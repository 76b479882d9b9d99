package org.example.placement.engine;

import org.example.placement.decision.RuleProblem;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.lang.model.SourceVersion;

import org.example.placement.decision.Approver;
import org.example.placement.decision.Effect;
import org.example.placement.decision.Layer;
import org.example.placement.decision.RuleDefinition;
import org.example.placement.decision.RuleId;
import org.example.placement.decision.Tier;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.jspecify.annotations.Nullable;

/**
 * Reads and checks every rule's metadata: required keys present and well formed, the
 * effect in the vocabulary, {@code @weight} exactly when PREFER or DISFAVOUR, unique ids
 * that start with their layer's prefix, and the package matching the folder. Each rule is
 * found, with its file and line, in the descriptors the DRL parser read
 * ({@link DrlFiles}); the wall-clock and ordering attributes that break replay never
 * reach here ({@link RuleSandbox} refuses every rule attribute but the dialect).
 */
final class RuleMetadataReader {

	private static final DrlFiles.Place NOWHERE = new DrlFiles.Place("(unknown file)", 0);

	private final DrlFiles files;

	RuleMetadataReader(DrlFiles files) {
		this.files = files;
	}

	List<RuleDefinition> read(KieBase kieBase, List<RuleProblem> problems) {
		List<RuleDefinition> rules = new ArrayList<>();
		Set<RuleId> ids = new HashSet<>();
		for (KiePackage pkg : kieBase.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				// where the parser found the rule: Drools' own rule keeps no file in the
				// executable model
				DrlFiles.Place place = files.find(pkg.getName(), rule.getName()).orElse(NOWHERE);
				Located at = new Located(place.file(), place.line(), problems);
				RuleId id = new RuleId(rule.getName());
				if (!ids.add(id)) {
					at.problem("rule id " + id + " is used more than once");
				}
				checkPackage(pkg.getName(), place.file(), at);
				RuleDefinition definition = define(rule.getMetaData(), id, place.file(), at);
				if (definition != null) {
					rules.add(definition);
				}
			}
		}
		rules.sort(Comparator.comparing(RuleDefinition::file).thenComparing(RuleDefinition::id));
		return rules;
	}

	private static @Nullable RuleDefinition define(Map<String, Object> meta, RuleId id, String file, Located at) {
		String title = at.required(meta, "title");
		String citation = at.required(meta, "citation");
		Effect effect = at.parse(meta, "effect", true, Effect::valueOf);
		LocalDate from = at.parse(meta, "inForceFrom", true, LocalDate::parse);
		LocalDate until = at.parse(meta, "inForceUntil", false, LocalDate::parse);
		Integer weight = weight(meta, effect, at);
		Tier tier = at.parse(meta, "tier", effect == Effect.TIER, Tier::valueOf);
		Approver approver = at.parse(meta, "approver", effect == Effect.REQUIRE_APPROVAL, Approver::valueOf);
		String recipient = effect == Effect.NOTIFY ? at.required(meta, "recipient") : text(meta.get("recipient"));
		if (from != null && until != null && !until.isAfter(from)) {
			at.problem("@inForceUntil must be after @inForceFrom");
		}
		String layer = Layer.nameOfFile(file).orElse(null);
		if (layer == null) {
			at.problem("a rule file must lie in a layer's folder: england/, wales/ or local/<authority>/");
			return null;
		}
		Layer kind = Layer.ofName(layer);
		if (!id.fits(kind)) {
			at.problem("rule id " + id + " in layer " + layer + " must start with " + kind.idPrefix());
		}
		if (!kind.statutory()) {
			checkLocal(effect, citation, at);
		}
		if (title == null || citation == null || effect == null || from == null || at.failed()) {
			return null;
		}
		return new RuleDefinition(id.value(), title, citation, text(meta.get("source")), effect, weight, tier, approver,
				recipient, text(meta.get("due")), from, until, layer, file);
	}

	/**
	 * Local policy may add preferences, approvals and notes, and may exclude only as
	 * policy; it may never set a statutory tier. (It cannot lift a statutory exclusion:
	 * ranking applies any exclusion first, and no rule may retract another's finding.)
	 */
	private static void checkLocal(Effect effect, String citation, Located at) {
		if (effect == Effect.TIER) {
			at.problem("local policy cannot set a statutory tier (@effect(\"TIER\")); use PREFER or DISFAVOUR");
		}
		if (effect == Effect.EXCLUDE && (citation == null || !citation.startsWith("Local policy"))) {
			at.problem("a local rule that excludes must cite local policy first: @citation(\"Local policy: ...\")");
		}
	}

	private static Integer weight(Map<String, Object> meta, Effect effect, Located at) {
		Object weight = meta.get("weight");
		if (effect == null) {
			return null;
		}
		if (!effect.weighted()) {
			if (weight != null) {
				at.problem("@weight is only allowed on PREFER and DISFAVOUR rules");
			}
			return null;
		}
		if (!(weight instanceof Number number) || number.intValue() <= 0) {
			at.problem("PREFER and DISFAVOUR rules need a positive whole-number @weight, e.g. @weight(20)");
			return null;
		}
		return number.intValue();
	}

	private void checkPackage(String pkg, String file, Located at) {
		String expected = packageOf(file);
		if (!pkg.equals(expected)) {
			at.problem("package " + pkg + " does not match the folder; expected " + expected);
		}
	}

	/**
	 * The package a rule file must declare: {@code placement.} plus its folders, with a
	 * folder that is a Java keyword ({@code default}) prefixed by an underscore.
	 */
	static String packageOf(String file) {
		int slash = file.lastIndexOf('/');
		String folders = slash < 0 ? "" : file.substring(0, slash);
		return "placement." + String.join(".",
				Arrays.stream(folders.split("/")).map((f) -> SourceVersion.isKeyword(f) ? "_" + f : f).toList());
	}

	private static @Nullable String text(@Nullable Object value) {
		return value == null ? null : value.toString();
	}

}
