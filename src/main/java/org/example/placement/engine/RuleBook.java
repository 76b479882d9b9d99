package org.example.placement.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.example.placement.decision.RuleEngine;
import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetSources;
import org.springframework.stereotype.Component;

/**
 * The rules as people read them: the serving ruleset with where each rule is written
 * ({@link RuleSources}, read once per version), and what changed between two versions
 * ({@link RulesetDiff}), each compiled as the archive's replays compile it (the few
 * versions last asked for kept compiled). The command line, which has no service, uses
 * the static methods over files it reads itself.
 */
@Component
public class RuleBook {

	private final DroolsRuleEngine serving;

	private final ArchivedRulesetBuilder archived;

	private final AtomicReference<Catalogue> current = new AtomicReference<>();

	RuleBook(DroolsRuleEngine serving, ArchivedRulesetBuilder archived) {
		this.serving = serving;
		this.archived = archived;
	}

	/** The serving ruleset and where each of its rules is written, by rule id. */
	public record Catalogue(Ruleset ruleset, Map<String, RuleSource> sources) {

		public Catalogue {
			sources = Map.copyOf(sources);
		}

	}

	/** The ruleset serving now, with each rule's file, line and text. */
	public Catalogue current() {
		Ruleset ruleset = serving.current();
		Catalogue known = current.get();
		if (known != null && known.ruleset().version().equals(ruleset.version())) {
			return known;
		}
		Map<String, RuleSource> sources = serving.served()
			.sources(ruleset.version())
			.map(RuleSources::of)
			.orElse(Map.of());
		Catalogue catalogue = new Catalogue(ruleset, sources);
		current.set(catalogue);
		return catalogue;
	}

	/** What changed from one archived version to another. */
	public RulesetDiff diff(RulesetSources from, RulesetSources to) {
		return RulesetDiff.between(archived.ruleset(from), RuleSources.of(from), archived.ruleset(to),
				RuleSources.of(to));
	}

	/**
	 * An engine over archived rule files, to re-run logged decisions under them (impact
	 * analysis).
	 */
	public RuleEngine engine(RulesetSources sources) {
		return archived.build(sources);
	}

	/**
	 * What changed from one set of rule files to another, each compiled here.
	 * @throws RulesetRejectedException when either does not compile
	 */
	public static RulesetDiff diff(RulesetSources from, RulesetSources to, Clock clock) {
		return RulesetDiff.between(compile(from, clock), RuleSources.of(from), compile(to, clock), RuleSources.of(to));
	}

	/**
	 * The rule files of a rules directory, as the archive keeps them.
	 * @throws RulesetRejectedException when a file cannot be read
	 */
	public static RulesetSources read(Path directory) {
		RuleFiles files = RuleFiles.read(directory);
		if (!files.unreadable().isEmpty()) {
			throw new RulesetRejectedException(files.unreadable());
		}
		return new RulesetSources(files.version(), files.contents());
	}

	private static Ruleset compile(RulesetSources sources, Clock clock) {
		return CompiledRuleEngine.archived(sources, BuildMode.MVEL, clock).ruleset();
	}

}
