package org.example.placement.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The notifications a decision owes whichever candidate is chosen, found by rules that
 * fire per candidate but read nothing of it ({@link Evaluation#decisionWide()}: reg 9's
 * placement plan and informing the IRO). They are listed once, as the decision's
 * {@code duties}, instead of under every candidate. A rule counts only when it holds for
 * every candidate of the decision, so listing it once loses nothing, and a notification a
 * candidate's own facts trigger (reg 13(4): the area authority of an out-of-area
 * placement) stays with that candidate even when every candidate happens to trigger it.
 */
record Duties(List<RuleDefinition> rules) {

	private static final Duties NONE = new Duties(List.of());

	Duties {
		rules = List.copyOf(rules);
	}

	static Duties of(Map<String, List<Match>> byCandidate, Set<String> decisionWide) {
		if (decisionWide.isEmpty() || byCandidate.isEmpty()) {
			return NONE;
		}
		Collection<List<Match>> each = byCandidate.values();
		List<RuleDefinition> owed = new ArrayList<>();
		for (Match first : each.iterator().next()) {
			RuleDefinition r = first.rule();
			if (r.effect() == Effect.NOTIFY && decisionWide.contains(r.id()) && !owed.contains(r)
					&& everyCandidate(each, r)) {
				owed.add(r);
			}
		}
		if (owed.isEmpty()) {
			return NONE;
		}
		owed.sort(Comparator.comparing(RuleDefinition::id));
		return new Duties(owed);
	}

	private static boolean everyCandidate(Collection<List<Match>> each, RuleDefinition rule) {
		for (List<Match> matches : each) {
			if (!holds(matches, rule)) {
				return false;
			}
		}
		return true;
	}

	private static boolean holds(List<Match> matches, RuleDefinition rule) {
		for (Match m : matches) {
			if (m.rule() == rule || m.rule().equals(rule)) {
				return true;
			}
		}
		return false;
	}

	/** Whether this rule's notification is one of the decision's duties. */
	boolean holds(RuleDefinition rule) {
		for (RuleDefinition owed : rules) {
			if (owed == rule || owed.equals(rule)) {
				return true;
			}
		}
		return false;
	}

}
