package org.example.placement.engine;

import org.example.placement.decision.Candidate;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Listens to every firing and keeps the classifications ({@code DERIVE} rules) with the
 * candidate they classified: they insert no finding, so this is how the trace scenarios
 * and auditors read shows them. Findings themselves are read from the session at the end.
 * A firing of any other rule costs one look-up of its id.
 */
final class FiringRecorder extends DefaultAgendaEventListener {

	/** Stands for "no particular candidate" when a rule matched none. */
	static final String NO_CANDIDATE = "*";

	private final Findings rules;

	private final Findings.Collected collected;

	FiringRecorder(Findings rules, Findings.Collected collected) {
		this.rules = rules;
		this.collected = collected;
	}

	@Override
	public void afterMatchFired(AfterMatchFiredEvent event) {
		Findings.Ranked rule = rules.derivation(event.getMatch().getRule().getName());
		if (rule == null) {
			return;
		}
		String candidate = NO_CANDIDATE;
		for (Object fact : event.getMatch().getObjects()) {
			if (fact instanceof Candidate classified) {
				candidate = classified.ref();
				break;
			}
		}
		collected.firing(rule, candidate);
	}

}
