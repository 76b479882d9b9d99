package org.example.placement.engine;

import java.util.Map;

import org.example.placement.decision.Ruleset;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * {@code /actuator/info}: {@code ruleset.version} serving now, when it was loaded and
 * from where.
 */
final class RulesetInfo implements InfoContributor {

	private final ServingRuleset engine;

	RulesetInfo(ServingRuleset engine) {
		this.engine = engine;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Ruleset ruleset = engine.current();
		builder.withDetail("ruleset", Map.of("version", ruleset.version(), "loadedAt", ruleset.loadedAt().toString(),
				"rules", ruleset.rules().size()));
	}

}
