package org.example.placement.engine;

import org.example.placement.decision.Candidate;
import org.kie.api.runtime.rule.Match;
import org.kie.internal.event.rule.RuleEventListener;

/**
 * Listens to every firing and keeps the classifications ({@code DERIVE} rules) with the
 * candidate they classified: they insert no finding, so this is how the trace scenarios
 * and auditors read shows them. Findings themselves are read from the session at the end.
 * A firing of any other rule costs one look-up of its id. A rule event listener rather
 * than an agenda event listener: Drools calls it with the match itself, without making an
 * event object for every firing.
 */
final class FiringRecorder implements RuleEventListener {

	/** Stands for "no particular candidate" when a rule matched none. */
	static final String NO_CANDIDATE = "*";

	private final Findings rules;

	private final Findings.Collected collected;

	FiringRecorder(Findings rules, Findings.Collected collected) {
		this.rules = rules;
		this.collected = collected;
	}

	@Override
	public void onAfterMatchFire(Match match) {
		Findings.Ranked rule = rules.derivation(match.getRule().getName());
		if (rule == null) {
			return;
		}
		String candidate = NO_CANDIDATE;
		for (Object fact : match.getObjects()) {
			if (fact instanceof Candidate classified) {
				candidate = classified.ref();
				break;
			}
		}
		collected.firing(rule, candidate);
	}

}
