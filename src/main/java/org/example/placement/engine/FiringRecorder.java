package org.example.placement.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.Effect;
import org.example.placement.decision.Match;
import org.example.placement.decision.RuleDefinition;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Listens to every firing and keeps the classifications ({@code DERIVE} rules) with the
 * candidate they classified: they insert no finding, so this is how the trace scenarios
 * and auditors read shows them. Findings themselves are read from the session at the end.
 */
final class FiringRecorder extends DefaultAgendaEventListener {

	/** Stands for "no particular candidate" when a rule matched none. */
	static final String NO_CANDIDATE = "*";

	private final Map<String, RuleDefinition> rules;

	private final List<Match> firings = new ArrayList<>();

	FiringRecorder(Map<String, RuleDefinition> rules) {
		this.rules = rules;
	}

	@Override
	public void afterMatchFired(AfterMatchFiredEvent event) {
		RuleDefinition rule = rules.get(event.getMatch().getRule().getName());
		if (rule == null || rule.effect() != Effect.DERIVE) {
			return;
		}
		String candidate = event.getMatch()
			.getObjects()
			.stream()
			.filter(Candidate.class::isInstance)
			.map(o -> ((Candidate) o).ref())
			.findFirst()
			.orElse(NO_CANDIDATE);
		firings.add(new Match(rule, candidate));
	}

	List<Match> firings() {
		return firings;
	}

}
