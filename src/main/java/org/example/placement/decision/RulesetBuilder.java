package org.example.placement.decision;

/**
 * Port for rebuilding a rule engine from archived rule files, so a past decision can be
 * replayed under exactly the ruleset version that made it.
 */
public interface RulesetBuilder {

	/**
	 * An engine over these files; fails if they do not hash to {@code sources.version()}.
	 */
	RuleEngine build(RulesetSources sources);

}
