package org.example.placement.ledger;

import java.util.List;
import java.util.Map;

/**
 * What a proposed ruleset would have changed over logged decisions: how many were re-run,
 * how many changed their top choice, which candidates became excluded or eligible, and
 * which rules caused it (rule id to the number of changes it took part in);
 * {@code changedDecisions} lists each decision with any change once, in log order.
 */
public record ImpactReport(String proposedVersion, int decisions, int topChoiceChanged, int rankingChanged,
		List<Change> changes, Map<String, Integer> rulesCausingChanges, List<ChangedDecision> changedDecisions) {

	public ImpactReport {
		changes = List.copyOf(changes);
		rulesCausingChanges = Map.copyOf(rulesCausingChanges);
		changedDecisions = List.copyOf(changedDecisions);
	}

	/**
	 * One decision that would change, as the impact page lists it: its authority, the top
	 * choice recorded and the one the proposed rules give ({@code ""} when none was
	 * eligible), and each kind of change among its candidates.
	 */
	public record ChangedDecision(String decisionId, String responsibleAuthority, String oldTopChoice,
			String newTopChoice, List<ChangeKind> kinds) {

		public ChangedDecision {
			kinds = List.copyOf(kinds);
		}

	}

	/**
	 * One candidate of one decision whose standing changed, and the rules behind the
	 * change.
	 */
	public record Change(String decisionId, String candidate, ChangeKind kind, String before, String after,
			List<String> ruleIds) {

		public Change {
			ruleIds = List.copyOf(ruleIds);
		}

	}

	/**
	 * How a candidate's standing changed: excluded now and not then, eligible now and
	 * excluded then, or the new top choice ({@code before} and {@code after} then name
	 * the old and the new one).
	 */
	public enum ChangeKind {

		BECAME_EXCLUDED, BECAME_ELIGIBLE, BECAME_TOP_CHOICE

	}

	/** The report in Markdown, for people. */
	public String markdown() {
		StringBuilder out = new StringBuilder("# Impact of proposed ruleset `" + proposedVersion + "`\n\n");
		out.append("- decisions re-run: ").append(decisions).append('\n');
		out.append("- top choice changed: ").append(topChoiceChanged).append('\n');
		out.append("- ranking changed: ").append(rankingChanged).append("\n\n");
		out.append("## Rules causing changes\n\n| rule | changes |\n|---|---|\n");
		rulesCausingChanges.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(e -> out.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n"));
		out.append(
				"\n## Changes\n\n| decision | candidate | change | before | after | rules |\n|---|---|---|---|---|---|\n");
		changes.forEach(c -> out.append("| ")
			.append(String.join(" | ", c.decisionId(), c.candidate(), c.kind().name(), c.before(), c.after(),
					String.join(", ", c.ruleIds())))
			.append(" |\n"));
		return out.toString();
	}

}
