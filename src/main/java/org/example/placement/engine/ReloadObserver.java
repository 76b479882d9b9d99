package org.example.placement.engine;

import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetStatus.Rejection;

/**
 * Told of every reload that was tried, by request or by the watcher, after the outcome
 * took effect: a ruleset let in, or a rejected one (the last good one still serving). Not
 * told of a look that found nothing new, nor of the ruleset loaded at start-up.
 */
public interface ReloadObserver {

	ReloadObserver NONE = new ReloadObserver() {
	};

	default void accepted(Ruleset serving) {
	}

	default void rejected(Rejection rejection) {
	}

}
