package org.example.placement.sufficiency;

import java.nio.file.Path;
import java.time.Clock;

import org.example.placement.decision.PlacementDecider;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.decision.Geography;
import org.example.placement.geography.Geographies;

/**
 * One assessor over the shipped rules and the ONS geography, built once for the tests.
 */
final class Assessors {

	static final DroolsRuleEngine ENGINE = new DroolsRuleEngine(Path.of("rules"), BuildMode.MVEL, Clock.systemUTC());

	static final Geography GEOGRAPHY = Geographies.ons();

	static final SufficiencyAssessor ASSESSOR = new SufficiencyAssessor(ENGINE, new PlacementDecider(ENGINE, GEOGRAPHY),
			GEOGRAPHY);

	private Assessors() {
	}

}
