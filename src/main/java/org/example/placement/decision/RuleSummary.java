package org.example.placement.decision;

/**
 * A rule as a decision describes it: once, in the decision's {@code rules}, however many
 * candidates it applied to. Findings, approvals, notifications and comparisons name it by
 * id. {@code layer} tells statutory rules from local policy ({@code england},
 * {@code wales}, {@code local/<authority>}); {@code tier} is the statutory tier a TIER
 * rule sets (null for others); {@code source} is where the provision is published (null
 * when the rule names none). With these, the sentences of {@code ?explain=full} are built
 * from the compact decision alone ({@link ExplainedDecision}).
 */
public record RuleSummary(String title, String citation, Effect effect, String source, String layer, Tier tier) {

	static RuleSummary of(RuleDefinition rule) {
		return new RuleSummary(rule.title(), rule.citation(), rule.effect(), rule.source(), rule.layer(), rule.tier());
	}

	/** Whether this rule belongs to local policy rather than statute. */
	public boolean local() {
		return !Layer.ofName(layer).statutory();
	}

}
