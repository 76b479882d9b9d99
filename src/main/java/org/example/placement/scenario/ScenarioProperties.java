package org.example.placement.scenario;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the scenarios live, and whether a ruleset must pass them (and cover every rule)
 * before it serves, at start-up and on every reload. {@code gate=false} leaves the
 * compile and metadata checks only: the commands turn it off, since they run scenarios
 * themselves and report each. {@code reuse-verdicts}: whether a pass recorded for exactly
 * the same rule files, scenario files, build and JDK is reused (on a restart, or from the
 * build itself on a first start: {@link PackagedVerdict}) instead of running the
 * scenarios again ({@link KnownVerdicts}).
 */
@ConfigurationProperties("placement.scenarios")
record ScenarioProperties(@DefaultValue("./test-scenarios") Path location, @DefaultValue("true") boolean gate,
		@DefaultValue("true") boolean reuseVerdicts) {

}
