package org.example.placement.ledger;

import java.util.Optional;

import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.Geography;
import org.example.placement.decision.LoggedDecision;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.RuleEngine;
import org.example.placement.decision.RulesetBuilder;
import org.example.placement.decision.RulesetSources;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays a logged decision: rebuilds the archived ruleset it was made under, re-runs the stored
 * request (with its stored as-of date and decision id) and compares the response with the one
 * recorded, field by field. Records nothing.
 */
@Service
public class DecisionReplayer {

	private final DecisionLog log;

	private final RulesetBuilder rulesets;

	private final Geography geography;

	private final JsonMapper json;

	public DecisionReplayer(DecisionLog log, RulesetBuilder rulesets, Geography geography, JsonMapper json) {
		this.log = log;
		this.rulesets = rulesets;
		this.geography = geography;
		this.json = json;
	}

	/** Empty when no decision has that id. */
	public Optional<Replay> replay(String decisionId) {
		return log.find(decisionId).map(this::replay);
	}

	public Replay replay(LoggedDecision logged) {
		Decision replayed = decide(logged);
		var differences = JsonDiff.between(json.readTree(logged.responseJson()), json.valueToTree(replayed));
		return new Replay(logged.decisionId(), logged.rulesetVersion(), differences.isEmpty(), differences);
	}

	/** The decision the logged request gets now under its own archived rules. */
	public Decision decide(LoggedDecision logged) {
		return decideUnder(logged, archived(logged.rulesetVersion()));
	}

	/** The decision the logged request would get under another ruleset (impact analysis). */
	public Decision decideUnder(LoggedDecision logged, RuleEngine engine) {
		return PlacementDecider.replaying(engine, geography, logged.decisionId()).decide(logged.request());
	}

	private RuleEngine archived(String version) {
		RulesetSources sources = log.ruleset(version)
			.orElseThrow(() -> new IllegalStateException("ruleset " + version + " is not in the archive"));
		return rulesets.build(sources);
	}

}
