package org.example.placement.sufficiency;

import java.util.List;

/**
 * Port to the duty rules ({@code rules/england/sufficiency/} and the authority's
 * {@code rules/local/<code>/sufficiency/}), implemented by the engine: evaluates the
 * facts of one assessment with only the rules in force on the year end and the local
 * layer of the authority, wholly under one ruleset version. Never modifies its inputs.
 */
public interface DutyRules {

	DutyEvaluation evaluate(DutyYear year, List<? extends DutySubject> facts);

}
