package org.example.placement.engine;

import org.example.placement.decision.RuleProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.example.placement.decision.Approver;
import org.example.placement.decision.Effect;
import org.example.placement.decision.RuleDefinition;
import org.example.placement.decision.Tier;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Reads and checks every rule's metadata: required keys present and well formed, the
 * effect in the vocabulary, {@code @weight} exactly when PREFER or DISFAVOUR, unique ids,
 * the package matching the folder, and none of the wall-clock or ordering attributes that
 * break replay.
 */
final class RuleMetadataReader {

	private final RuleFiles files;

	RuleMetadataReader(RuleFiles files) {
		this.files = files;
	}

	List<RuleDefinition> read(KieBase kieBase, List<RuleProblem> problems) {
		List<RuleDefinition> rules = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (KiePackage pkg : kieBase.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				String file = fileOf((RuleImpl) rule);
				Located at = new Located(file, files.lineOf(file, "\"" + rule.getName() + "\""), problems);
				if (!ids.add(rule.getName())) {
					at.problem("rule id " + rule.getName() + " is used more than once");
				}
				checkPackage(pkg.getName(), file, at);
				checkAttributes((RuleImpl) rule, at);
				RuleDefinition definition = define(rule, layerOf(file), file, at);
				if (definition != null) {
					rules.add(definition);
				}
			}
		}
		rules.sort(Comparator.comparing(RuleDefinition::file).thenComparing(RuleDefinition::id));
		return rules;
	}

	/**
	 * The executable model keeps no resource on its rules; then find the file that names
	 * the rule.
	 */
	private String fileOf(RuleImpl rule) {
		if (rule.getResource() != null && rule.getResource().getSourcePath() != null) {
			return RulesetCompiler.fileOf(rule.getResource().getSourcePath());
		}
		return files.fileNaming(rule.getName());
	}

	private static RuleDefinition define(Rule rule, String layer, String file, Located at) {
		Map<String, Object> meta = rule.getMetaData();
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
		String expectedPrefix = layer.startsWith("local/") ? "LOCAL-" : layer.equals("wales") ? "WAL-" : "ENG-";
		if (!rule.getName().startsWith(expectedPrefix)) {
			at.problem("rule id " + rule.getName() + " in layer " + layer + " must start with " + expectedPrefix);
		}
		if (layer.startsWith("local/")) {
			checkLocal(effect, citation, at);
		}
		if (title == null || citation == null || effect == null || from == null || at.failed()) {
			return null;
		}
		return new RuleDefinition(rule.getName(), title, citation, text(meta.get("source")), effect, weight, tier,
				approver, recipient, text(meta.get("due")), from, until, layer, file);
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

	private static void checkAttributes(RuleImpl rule, Located at) {
		if (rule.getSalienceValue() != 0) {
			at.problem("salience is not allowed: ranking is done in Java, rules stay order-independent");
		}
		if (rule.getDateEffective() != null || rule.getDateExpires() != null) {
			at.problem("date-effective/date-expires follow the wall clock; use @inForceFrom/@inForceUntil");
		}
		if (!"MAIN".equals(rule.getAgendaGroup()) || rule.getActivationGroup() != null) {
			at.problem("agenda-group and activation-group are not allowed: rules stay order-independent");
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
				java.util.Arrays.stream(folders.split("/"))
					.map(f -> javax.lang.model.SourceVersion.isKeyword(f) ? "_" + f : f)
					.toList());
	}

	static String layerOf(String file) {
		String[] parts = file.split("/");
		return parts[0].equals("local") && parts.length > 2 ? "local/" + parts[1] : parts[0];
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

}
