package org.example.placement.decision;

/**
 * Port between the decision log, which asks it, and the rule engine, which answers (two
 * modules that may not know each other): rebuilds a rule engine from archived rule files,
 * so a past decision can be replayed under exactly the ruleset version that made it. The
 * engine built only evaluates: it has no directory to reload.
 */
public interface RulesetBuilder {

	/**
	 * An engine over these files; fails if they do not hash to {@code sources.version()}.
	 */
	RuleEngine build(RulesetSources sources);

}
