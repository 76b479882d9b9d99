package org.example.placement.engine;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.example.placement.decision.RuleEngine;
import org.example.placement.decision.RulesetBuilder;
import org.example.placement.decision.RulesetSources;
import org.example.placement.sufficiency.ArchivedRules;
import org.springframework.stereotype.Component;

/**
 * Compiles archived rulesets for replay, keeping the few most recently used versions
 * compiled: replaying thousands of decisions made under a handful of versions compiles
 * each once.
 */
@Component
class ArchivedRulesetBuilder implements RulesetBuilder, ArchivedRules {

	private static final int KEEP = 8;

	private final Map<String, DroolsRuleEngine> compiled = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, DroolsRuleEngine> eldest) {
			return size() > KEEP;
		}
	};

	@Override
	public synchronized RuleEngine build(RulesetSources sources) {
		return engine(sources);
	}

	/** The same compiled ruleset, as the placement engine and as the duty rules. */
	@Override
	public synchronized Rules rulesOf(RulesetSources sources) {
		DroolsRuleEngine engine = engine(sources);
		return new Rules(engine, engine);
	}

	private DroolsRuleEngine engine(RulesetSources sources) {
		return compiled.computeIfAbsent(sources.version(),
				version -> DroolsRuleEngine.of(sources, BuildMode.MVEL, Clock.systemUTC()));
	}

}
