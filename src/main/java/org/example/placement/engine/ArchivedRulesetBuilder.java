package org.example.placement.engine;

import java.time.Clock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.example.placement.decision.RuleEngine;
import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetBuilder;
import org.example.placement.decision.RulesetSources;
import org.example.placement.sufficiency.ArchivedRules;
import org.springframework.stereotype.Component;

/**
 * Compiles archived rulesets for replay, keeping the few most recently used versions
 * compiled: replaying thousands of decisions made under a handful of versions compiles
 * each once. Replays of a version already compiled never wait for another version being
 * compiled (the cache locks per version, not the whole cache).
 */
@Component
class ArchivedRulesetBuilder implements RulesetBuilder, ArchivedRules {

	private static final int KEEP = 8;

	private final Cache<String, CompiledRuleEngine> compiled = Caffeine.newBuilder().maximumSize(KEEP).build();

	private final Clock clock;

	ArchivedRulesetBuilder(Clock clock) {
		this.clock = clock;
	}

	@Override
	public RuleEngine build(RulesetSources sources) {
		return engine(sources);
	}

	/** The same compiled ruleset, as the placement engine and as the duty rules. */
	@Override
	public Rules rulesOf(RulesetSources sources) {
		CompiledRuleEngine engine = engine(sources);
		return new Rules(engine, engine);
	}

	/** The archived ruleset's rules and their metadata, compiled once per version. */
	Ruleset ruleset(RulesetSources sources) {
		return engine(sources).ruleset();
	}

	private CompiledRuleEngine engine(RulesetSources sources) {
		return compiled.get(sources.version(),
				(version) -> CompiledRuleEngine.archived(sources, BuildMode.MVEL, clock));
	}

}
