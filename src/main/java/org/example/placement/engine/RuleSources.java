package org.example.placement.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.example.placement.decision.RuleProblem;
import org.example.placement.decision.RulesetSources;
import org.jspecify.annotations.Nullable;

/**
 * The file, line and text of every rule of a ruleset's files ({@link RuleSource}), read
 * with the same DRL parser and table conversion the compiler uses, without building
 * anything: the rule pages show where a rule is written, and the ruleset diff tells a
 * re-worded rule by its text. A file that does not parse contributes no rules (a ruleset
 * that served, or was archived, parses).
 */
public final class RuleSources {

	private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\b");

	private static final Pattern END = Pattern.compile("\\bend\\s*$");

	private RuleSources() {
	}

	/** Every rule's source, by rule id. */
	public static Map<String, RuleSource> of(RulesetSources sources) {
		RuleFiles files = RuleFiles.of(Path.of("archive"), sources.files());
		List<RuleProblem> ignored = new ArrayList<>();
		Map<String, String> drl = RulesetCompiler.toDrl(files, ignored);
		Map<String, RuleSource> rules = new TreeMap<>();
		for (DrlFile file : DrlFiles.read(files, drl, ignored).files()) {
			String text = drl.get(file.path());
			for (RuleDescr rule : file.pkg().getRules()) {
				rules.put(rule.getName(), new RuleSource(rule.getName(), file.path(), file.lines().rule(rule),
						body(text, rule), confidence(rule)));
			}
		}
		return rules;
	}

	private static @Nullable String confidence(RuleDescr rule) {
		AnnotationDescr confidence = rule.getAnnotation("confidence");
		return confidence == null ? null : AnnotationDescr.unquote(String.valueOf(confidence.getSingleValue()));
	}

	/**
	 * The rule's conditions and actions: its DRL from {@code when} to its {@code end},
	 * white space collapsed.
	 */
	static String body(String drl, RuleDescr rule) {
		int start = Math.max(0, rule.getStartCharacter());
		int end = rule.getEndCharacter() > start ? Math.min(drl.length(), rule.getEndCharacter() + 1) : drl.length();
		String text = drl.substring(start, end);
		Matcher when = WHEN.matcher(text);
		if (when.find()) {
			text = text.substring(when.start());
		}
		return END.matcher(text.strip()).replaceFirst("end").replaceAll("\\s+", " ").strip();
	}

}
