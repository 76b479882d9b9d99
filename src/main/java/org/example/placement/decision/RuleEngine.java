package org.example.placement.decision;

import java.util.List;

/**
 * Port to the rules: evaluates one child against its candidates with only the rules in
 * force on the situation's as-of date (and the local layer of its responsible authority),
 * wholly under one ruleset version. Never modifies its inputs. Loading, reloading and
 * reporting on rulesets are the engine module's own API.
 */
public interface RuleEngine {

	Evaluation evaluate(Situation situation, Child child, List<Candidate> candidates);

}
